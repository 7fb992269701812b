// strconv.cpp — strconv's natives: FormatFloat, parseFloat, IsPrint; and the
// quoting helpers fmt's printer shares (Quote, QuoteRune, CanBackquote).
//
// Float formatting follows Go's ftoa.go structure: the value is reduced to a
// decimal digit string `d` (no leading or trailing zeros; empty for 0) with
// decimal point position `dp` (value = 0.d × 10^dp), then fmtE / fmtF / %g
// lay it out exactly as Go does. The digits come from std::to_chars, which
// gives the shortest round-trip digits (as Go's Ryu) or correctly rounded
// fixed digits with ties to even on the exact binary value (as Go's decimal
// rounding). 'b' and 'x' work on the raw mantissa and exponent, as in Go.
//
// parseFloat validates Go's syntax itself (readFloat/underscoreOK/special
// rules) and then converts the cleaned text with strtod/strtof (correctly
// rounded, C locale), reporting overflow to ±Inf as Go's range status.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "stdlib/natives/internal.h"

namespace gomini::stdlib {

namespace {

struct Decimal {
    std::string d;  // digits, no leading/trailing zeros ("" for zero)
    int dp = 0;     // decimal point position
};

// Parses to_chars output ("1.2345e+06", "0.00120", "123") into a Decimal.
Decimal toDecimal(const char* p, const char* end) {
    Decimal r;
    int exp10 = 0;
    const char* e = std::find(p, end, 'e');
    if (e != end) {
        int ev = 0;
        std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, ev);
        exp10 = ev;
    }
    int intDigits = 0;
    bool seenDot = false;
    for (const char* q = p; q < e; q++) {
        if (*q == '.') {
            seenDot = true;
            continue;
        }
        if (*q == '-') continue;
        r.d.push_back(*q);
        if (!seenDot) intDigits++;
    }
    // Strip leading zeros (adjusting dp) and trailing zeros.
    size_t lead = 0;
    while (lead < r.d.size() && r.d[lead] == '0') lead++;
    r.dp = intDigits - static_cast<int>(lead) + exp10;
    r.d.erase(0, lead);
    while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
    if (r.d.empty()) r.dp = 0;
    return r;
}

void fmtE(std::string& out, bool neg, const Decimal& d, int prec, char fmt) {
    if (neg) out += '-';
    out += d.d.empty() ? '0' : d.d[0];
    if (prec > 0) {
        out += '.';
        int i = 1;
        int m = std::min(static_cast<int>(d.d.size()), prec + 1);
        if (i < m) {
            out.append(d.d, i, m - i);
            i = m;
        }
        for (; i <= prec; i++) out += '0';
    }
    out += fmt;
    int exp = d.dp - 1;
    if (d.d.empty()) exp = 0;  // zero
    char ch = '+';
    if (exp < 0) {
        ch = '-';
        exp = -exp;
    }
    out += ch;
    if (exp < 10) {
        out += '0';
        out += static_cast<char>('0' + exp);
    } else if (exp < 100) {
        out += static_cast<char>('0' + exp / 10);
        out += static_cast<char>('0' + exp % 10);
    } else {
        out += static_cast<char>('0' + exp / 100);
        out += static_cast<char>('0' + exp / 10 % 10);
        out += static_cast<char>('0' + exp % 10);
    }
}

void fmtF(std::string& out, bool neg, const Decimal& d, int prec) {
    if (neg) out += '-';
    int nd = static_cast<int>(d.d.size());
    if (d.dp > 0) {
        int m = std::min(nd, d.dp);
        out.append(d.d, 0, m);
        for (; m < d.dp; m++) out += '0';
    } else {
        out += '0';
    }
    if (prec > 0) {
        out += '.';
        for (int i = 1; i <= prec; i++) {
            char ch = '0';
            int j = d.dp + i - 1;
            if (0 <= j && j < nd) ch = d.d[j];
            out += ch;
        }
    }
}

void fmtB(std::string& out, bool neg, uint64_t mant, int exp, int mantbits) {
    if (neg) out += '-';
    out += std::to_string(mant);
    out += 'p';
    exp -= mantbits;
    if (exp >= 0) out += '+';
    out += std::to_string(exp);
}

void fmtX(std::string& out, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = static_cast<unsigned>(prec * 4);
        uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & (uint64_t(1) << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) out += '-';
    out += '0';
    out += fmt;
    out += static_cast<char>('0' + ((mant >> 60) & 1));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        out += '.';
        while (mant != 0) {
            out += hex[(mant >> 60) & 15];
            mant <<= 4;
        }
    } else if (prec > 0) {
        out += '.';
        for (int i = 0; i < prec; i++) {
            out += hex[(mant >> 60) & 15];
            mant <<= 4;
        }
    }
    out += fmt == 'X' ? 'P' : 'p';
    char ch = '+';
    if (exp < 0) {
        ch = '-';
        exp = -exp;
    }
    out += ch;
    if (exp < 100) {
        out += static_cast<char>('0' + exp / 10);
        out += static_cast<char>('0' + exp % 10);
    } else if (exp < 1000) {
        out += static_cast<char>('0' + exp / 100);
        out += static_cast<char>('0' + exp / 10 % 10);
        out += static_cast<char>('0' + exp % 10);
    } else {
        out += static_cast<char>('0' + exp / 1000);
        out += static_cast<char>('0' + exp / 100 % 10);
        out += static_cast<char>('0' + exp / 10 % 10);
        out += static_cast<char>('0' + exp % 10);
    }
}

// Digits of |v| (v finite): shortest (prec < 0) or rounded per fmt/prec as Go's ftoa.
Decimal digitsOf(double av, bool f32, char fmt, int prec) {
    char buf[2600];
    std::to_chars_result r;
    if (prec < 0) {
        if (f32)
            r = std::to_chars(buf, buf + sizeof buf, static_cast<float>(av), std::chars_format::scientific);
        else
            r = std::to_chars(buf, buf + sizeof buf, av, std::chars_format::scientific);
        return toDecimal(buf, r.ptr);
    }
    if (fmt == 'f') {
        int p = std::min(prec, 1100);
        r = std::to_chars(buf, buf + sizeof buf, av, std::chars_format::fixed, p);
        if (r.ec != std::errc()) return Decimal{};
        return toDecimal(buf, r.ptr);
    }
    int digits = fmt == 'e' || fmt == 'E' ? prec + 1 : (prec == 0 ? 1 : prec);
    digits = std::min(digits, 800);  // beyond ~770 significant digits a double's expansion is exact
    r = std::to_chars(buf, buf + sizeof buf, av, std::chars_format::scientific, digits - 1);
    if (r.ec != std::errc()) return Decimal{};
    return toDecimal(buf, r.ptr);
}

}  // namespace

std::string formatFloat(double val, char fmt, int prec, int bitSize) {
    std::string out;
    uint64_t bits;
    int mantbits, expbits, bias;
    bool f32 = bitSize == 32;
    if (f32) {
        float f = static_cast<float>(val);
        uint32_t b;
        std::memcpy(&b, &f, 4);
        bits = b;
        mantbits = 23;
        expbits = 8;
        bias = -127;
    } else {
        std::memcpy(&bits, &val, 8);
        mantbits = 52;
        expbits = 11;
        bias = -1023;
    }
    bool neg = (bits >> (expbits + mantbits)) != 0;
    int exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((uint64_t(1) << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        if (mant != 0) return "NaN";
        return neg ? "-Inf" : "+Inf";
    }
    if (exp == 0)
        exp++;
    else
        mant |= uint64_t(1) << mantbits;
    exp += bias;
    if (fmt == 'b') {
        fmtB(out, neg, mant, exp, mantbits);
        return out;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmtX(out, prec, fmt, neg, mant, exp, mantbits);
        return out;
    }
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
        out += '%';
        out += fmt;
        return out;
    }
    double av = std::fabs(f32 ? static_cast<double>(static_cast<float>(val)) : val);
    bool shortest = prec < 0;
    char lf = fmt == 'E' ? 'e' : fmt == 'G' ? 'g' : fmt;
    Decimal d = digitsOf(av, f32, lf, prec);
    int nd = static_cast<int>(d.d.size());
    if (shortest) {
        switch (lf) {
        case 'e': prec = std::max(nd - 1, 0); break;
        case 'f': prec = std::max(nd - d.dp, 0); break;
        case 'g': prec = nd; break;
        }
    } else if (lf == 'g' && prec == 0) {
        prec = 1;
    }
    switch (lf) {
    case 'e': fmtE(out, neg, d, prec, fmt); break;
    case 'f': fmtF(out, neg, d, prec); break;
    case 'g': {
        int eprec = prec;
        if (eprec > nd && nd >= d.dp) eprec = nd;
        if (shortest) eprec = 6;
        int e = d.dp - 1;
        if (e < -4 || e >= eprec) {
            if (prec > nd) prec = nd;
            fmtE(out, neg, d, prec - 1, fmt == 'G' ? 'E' : 'e');
        } else {
            if (prec > d.dp) prec = nd;
            fmtF(out, neg, d, std::max(prec - d.dp, 0));
        }
        break;
    }
    }
    return out;
}

// ---- parsing ----

namespace {

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

bool underscoreOK(std::string_view s) {
    char saw = '^';
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < s.size(); i++) {
        char c = s[i];
        if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
    size_t n = std::min(s.size(), prefix.size());
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ('A' <= c && c <= 'Z') c = static_cast<char>(c + 'a' - 'A');
        if (c != prefix[i]) return i;
    }
    return n;
}

}  // namespace

double parseFloat(std::string_view s, int bitSize, int& status) {
    status = 1;
    if (s.empty()) return 0;
    // special(): infinity and NaN.
    {
        std::string_view t = s;
        int sign = 1;
        size_t nsign = 0;
        char c = t[0];
        bool tryInf = false;
        if (c == '+' || c == '-') {
            if (c == '-') sign = -1;
            nsign = 1;
            t.remove_prefix(1);
            tryInf = true;
        } else if (c == 'i' || c == 'I') {
            tryInf = true;
        } else if (c == 'n' || c == 'N') {
            if (commonPrefixLenIgnoreCase(t, "nan") == 3) {
                if (s.size() == 3) {
                    status = 0;
                    return std::nan("");
                }
                return 0;
            }
        }
        if (tryInf) {
            size_t n = commonPrefixLenIgnoreCase(t, "infinity");
            if (3 < n && n < 8) n = 3;
            if (n == 3 || n == 8) {
                if (nsign + n == s.size()) {
                    status = 0;
                    return sign * HUGE_VAL;
                }
                return 0;
            }
        }
    }
    // readFloat(): syntax, with underscores removed into `clean`.
    std::string clean;
    size_t i = 0;
    if (s[i] == '+' || s[i] == '-') clean += s[i++];
    int base = 10;
    if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
        base = 16;
        clean += "0x";
        i += 2;
    }
    bool underscores = false, sawdot = false, sawdigits = false;
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            clean += c;
            continue;
        }
        if (('0' <= c && c <= '9') || (base == 16 && 'a' <= lower(c) && lower(c) <= 'f')) {
            sawdigits = true;
            clean += c;
            continue;
        }
        break;
    }
    if (!sawdigits) return 0;
    char expChar = base == 16 ? 'p' : 'e';
    if (i < s.size() && lower(s[i]) == expChar) {
        clean += s[i];
        i++;
        if (i >= s.size()) return 0;
        if (s[i] == '+' || s[i] == '-') clean += s[i++];
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return 0;
        for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_') {
                underscores = true;
                continue;
            }
            clean += s[i];
        }
    } else if (base == 16) {
        return 0;
    }
    if (underscores && !underscoreOK(s.substr(0, i))) return 0;
    if (i != s.size()) return 0;
    errno = 0;
    double r;
    if (bitSize == 32) {
        float f = std::strtof(clean.c_str(), nullptr);
        r = f;
    } else {
        r = std::strtod(clean.c_str(), nullptr);
    }
    status = std::isinf(r) ? 2 : 0;
    return r;
}

// ---- quoting (strconv/quote.go's rules) ----

namespace natives {

int32_t decodeRune(std::string_view s, size_t i, int& width) {
    auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    size_t n = s.size() - i;
    uint8_t c0 = b(i);
    width = 1;
    if (c0 < 0x80) return c0;
    if (c0 < 0xC2 || c0 > 0xF4) return 0xFFFD;
    if (c0 < 0xE0) {
        if (n < 2 || (b(i + 1) & 0xC0) != 0x80) return 0xFFFD;
        width = 2;
        return ((c0 & 0x1F) << 6) | (b(i + 1) & 0x3F);
    }
    if (c0 < 0xF0) {
        if (n < 3) return 0xFFFD;
        uint8_t c1 = b(i + 1), c2 = b(i + 2);
        uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
        if (c1 < lo || c1 > hi || (c2 & 0xC0) != 0x80) return 0xFFFD;
        width = 3;
        return ((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
    }
    if (n < 4) return 0xFFFD;
    uint8_t c1 = b(i + 1), c2 = b(i + 2), c3 = b(i + 3);
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (c1 < lo || c1 > hi || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) return 0xFFFD;
    width = 4;
    return ((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
}

void appendRune(std::string& out, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (0xD800 <= r && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) {
        out += static_cast<char>(r);
    } else if (r < 0x800) {
        out += static_cast<char>(0xC0 | (r >> 6));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += static_cast<char>(0xE0 | (r >> 12));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (r >> 18));
        out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    }
}

int64_t runeCount(std::string_view s) {
    int64_t n = 0;
    for (size_t i = 0; i < s.size();) {
        int w;
        decodeRune(s, i, w);
        i += w;
        n++;
    }
    return n;
}

namespace {

bool isInGraphicList(int32_t r) {
    return r == 0x00A0 || r == 0x1680 || r == 0x202F || r == 0x205F || r == 0x3000 || (0x2000 <= r && r <= 0x200A);
}

void appendEscapedRune(std::string& out, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
    static const char* hex = "0123456789abcdef";
    if (r == quote || r == '\\') {
        out += '\\';
        out += static_cast<char>(r);
        return;
    }
    if (asciiOnly) {
        if (r < 0x80 && isPrint(r)) {
            out += static_cast<char>(r);
            return;
        }
    } else if (isPrint(r) || (graphicOnly && isInGraphicList(r))) {
        appendRune(out, r);
        return;
    }
    switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    }
    if (r < ' ' || r == 0x7f) {
        out += "\\x";
        out += hex[(r >> 4) & 0xF];
        out += hex[r & 0xF];
        return;
    }
    if (r > 0x10FFFF || (0xD800 <= r && r <= 0xDFFF) || r < 0) r = 0xFFFD;
    if (r < 0x10000) {
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4) out += hex[(r >> s) & 0xF];
    } else {
        out += "\\U";
        for (int s = 28; s >= 0; s -= 4) out += hex[(r >> s) & 0xF];
    }
}

}  // namespace

std::string quoteWith(std::string_view s, char quote, bool asciiOnly, bool graphicOnly) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) {
        int w;
        int32_t r = decodeRune(s, i, w);
        if (w == 1 && r == 0xFFFD) {
            uint8_t c = static_cast<uint8_t>(s[i]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            i++;
            continue;
        }
        appendEscapedRune(out, r, quote, asciiOnly, graphicOnly);
        i += w;
    }
    out += quote;
    return out;
}

std::string quoteRuneWith(int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
    if (r < 0 || r > 0x10FFFF || (0xD800 <= r && r <= 0xDFFF)) r = 0xFFFD;
    std::string out;
    out += quote;
    appendEscapedRune(out, r, quote, asciiOnly, graphicOnly);
    out += quote;
    return out;
}

bool canBackquote(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        int w;
        int32_t r = decodeRune(s, i, w);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == 0xFFFD) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

// ---- natives ----

namespace {

void nParseFloat(NativeCtx&, uint64_t* s) {
    std::string_view str = argStr(s, 0);
    int bitSize = static_cast<int>(argInt(s, 2));
    int status;
    double r = parseFloat(str, bitSize, status);
    if (status == 1) r = 0;
    retF64(s, 0, r);
    retInt(s, 1, status);
}

void nFormatFloat(NativeCtx& ctx, uint64_t* s) {
    double f = argF64(s, 0);
    char fmt = static_cast<char>(argUint(s, 1));
    int64_t prec = argInt(s, 2);
    int64_t bitSize = argInt(s, 3);
    if (bitSize != 32 && bitSize != 64) ctx.panicString("strconv: illegal AppendFloat/FormatFloat bitSize");
    if (prec > 100000) prec = 100000;
    if (prec < -1) prec = -1;
    retStr(s, 0, ctx.newString(formatFloat(f, fmt, static_cast<int>(prec), static_cast<int>(bitSize))));
}

void nIsPrint(NativeCtx&, uint64_t* s) { retBool(s, 0, isPrint(static_cast<int32_t>(argInt(s, 0)))); }

}  // namespace

void registerStrconv() {
    vm::registerNative("strconv.parseFloat", nParseFloat);
    vm::registerNative("strconv.FormatFloat", nFormatFloat);
    vm::registerNative("strconv.IsPrint", nIsPrint);
}

}  // namespace natives
}  // namespace gomini::stdlib
