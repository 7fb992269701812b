// GoLexerBase.cpp — semicolon insertion and literal checks for GoLexer.
//
// The checks mirror gc's scanner (cmd/compile/internal/syntax/scanner.go):
// same extents, same messages, same positions (errorf reports at the current
// character, errorAtf(0) at the start of the literal). Only the first problem
// of each literal is reported, as gc does.
#include "GoLexerBase.h"

#include <cstdio>

#include "GoLexer.h"
#include "literal.h"

namespace gomini::grammar {

namespace {

// Decodes the UTF-8 sequence at s[i] (the source was validated by the
// decoder, so this only has to be correct for valid input). Sets len.
char32_t decodeAt(std::string_view s, size_t i, size_t& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 || i + 1 >= s.size()) {
        len = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + n > s.size()) n = 1;
    char32_t r = n == 4 ? (c & 0x07) : n == 3 ? (c & 0x0F) : n == 2 ? (c & 0x1F) : c;
    for (int k = 1; k < n; k++) r = (r << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    len = n;
    return r;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// An approximation of unicode.IsPrint good enough for messages.
bool isPrint(char32_t c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c >= 0x80 && c < 0xA0) return false;
    if (c >= 0xD800 && c < 0xE000) return false;
    if (c > 0x10FFFF) return false;
    if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) return false;
    // Space separators other than ' ' and the common format characters.
    if (c == 0xA0 || c == 0xAD || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x2064) || c == 0x3000)
        return false;
    return true;
}

// Go's %q for a rune: 'x', '\n', '\'', '\x01', '\u0085'.
std::string quoteRune(char32_t c) {
    std::string s = "'";
    switch (c) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    case '\'': s += "\\'"; break;
    default:
        if (isPrint(c)) {
            appendUtf8(s, c);
        } else {
            char buf[16];
            if (c < 0x80)
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            else if (c < 0x10000)
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
            s += buf;
        }
    }
    return s + "'";
}

const char* baseName(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    case 16: return "hexadecimal";
    }
    return "unknown";
}

using grammar::invalidSep;
using grammar::isDecimal;
using grammar::isHex;
inline char lower(char c) { return grammar::lowerASCII(c); }

// gc's scanner.escape over a literal's bytes; i is just past the backslash.
// `quote` is the literal's quote. Returns false after reporting an error.
bool escape(std::string_view lit, size_t& i, char quote, bool atEOF, std::vector<LexError>& errs) {
    auto err = [&](size_t at, std::string msg) { errs.push_back({static_cast<uint32_t>(at), std::move(msg)}); };
    if (i >= lit.size()) {
        // The literal was cut by EOF or a newline right after the backslash.
        if (atEOF) return true;  // the caller complains
        err(lit.size(), "unknown escape");
        return false;
    }
    int n = 0;
    uint32_t base = 0, max = 0;
    char c = lit[i];
    if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == 'v' ||
        c == '\\') {
        i++;
        return true;
    }
    switch (c) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x':
        i++;
        n = 2, base = 16, max = 255;
        break;
    case 'u':
        i++;
        n = 4, base = 16, max = 0x10FFFF;
        break;
    case 'U':
        i++;
        n = 8, base = 16, max = 0x10FFFF;
        break;
    default:
        err(i, "unknown escape");
        return false;
    }
    uint64_t x = 0;
    for (; n > 0; n--) {
        if (i >= lit.size()) {
            if (atEOF) return true;
            err(lit.size(), std::string("invalid character '\\n' in ") + baseName(static_cast<int>(base)) + " escape");
            return false;
        }
        char ch = lit[i];
        uint32_t d = base;
        if (isDecimal(ch))
            d = static_cast<uint32_t>(ch - '0');
        else if (lower(ch) >= 'a' && lower(ch) <= 'f')
            d = static_cast<uint32_t>(lower(ch) - 'a' + 10);
        if (d >= base) {
            size_t len;
            char32_t r = decodeAt(lit, i, len);
            err(i, "invalid character " + quoteRune(r) + " in " + baseName(static_cast<int>(base)) + " escape");
            return false;
        }
        x = x * base + d;
        i++;
    }
    if (x > max && base == 8) {
        err(i, "octal escape value " + std::to_string(x) + " > 255");
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        err(i, "escape is invalid Unicode code point " + formatCodePoint(static_cast<char32_t>(x)));
        return false;
    }
    return true;
}

}  // namespace

size_t GoLexerBase::keywordType(std::string_view id) {
    struct Kw {
        const char* name;
        size_t type;
    };
    // Grouped by first letter; Go has 25 keywords.
    static const Kw kws[] = {
        {"break", GoLexer::BREAK},   {"case", GoLexer::CASE},         {"chan", GoLexer::CHAN},
        {"const", GoLexer::CONST},   {"continue", GoLexer::CONTINUE}, {"default", GoLexer::DEFAULT},
        {"defer", GoLexer::DEFER},   {"else", GoLexer::ELSE},         {"fallthrough", GoLexer::FALLTHROUGH},
        {"for", GoLexer::FOR},       {"func", GoLexer::FUNC},         {"go", GoLexer::GO},
        {"goto", GoLexer::GOTO},     {"if", GoLexer::IF},             {"import", GoLexer::IMPORT},
        {"interface", GoLexer::INTERFACE}, {"map", GoLexer::MAP},     {"package", GoLexer::PACKAGE},
        {"range", GoLexer::RANGE},   {"return", GoLexer::RETURN},     {"select", GoLexer::SELECT},
        {"struct", GoLexer::STRUCT}, {"switch", GoLexer::SWITCH},     {"type", GoLexer::TYPE},
        {"var", GoLexer::VAR},
    };
    if (id.size() < 2 || id.size() > 11 || id[0] < 'b' || id[0] > 'v') return GoLexer::IDENT;
    for (const Kw& k : kws)
        if (k.name[0] == id[0] && id == k.name) return k.type;
    return GoLexer::IDENT;
}

std::string formatCodePoint(char32_t c) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    std::string s = buf;
    if (isPrint(c)) {
        s += " '";
        appendUtf8(s, c);
        s += "'";
    }
    return s;
}

size_t GoLexerBase::checkNumber(std::string_view lit, std::vector<LexError>& errs) {
    auto err = [&](size_t at, std::string msg) { errs.push_back({static_cast<uint32_t>(at), std::move(msg)}); };
    size_t kind = GoLexer::INT_LIT;
    size_t i = 0;
    auto ch = [&]() -> char { return i < lit.size() ? lit[i] : '\0'; };
    int base = 10;
    char prefix = 0;
    int digsep = 0;
    long invalid = -1;
    bool ok = true;

    // gc's digits(): accepts decimal digits (any base <= 10) or hex digits, and '_'.
    auto digits = [&](int b) {
        int ds = 0;
        if (b <= 10) {
            char max = static_cast<char>('0' + b);
            while (isDecimal(ch()) || ch() == '_') {
                int d = 1;
                if (ch() == '_')
                    d = 2;
                else if (ch() >= max && invalid < 0)
                    invalid = static_cast<long>(i);
                ds |= d;
                i++;
            }
        } else {
            while (isHex(ch()) || ch() == '_') {
                ds |= ch() == '_' ? 2 : 1;
                i++;
            }
        }
        return ds;
    };

    bool seenPoint = false;
    if (ch() == '.') {
        seenPoint = true;
        i++;
    } else {
        if (ch() == '0') {
            i++;
            switch (lower(ch())) {
            case 'x': i++, base = 16, prefix = 'x'; break;
            case 'o': i++, base = 8, prefix = 'o'; break;
            case 'b': i++, base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', digsep = 1;  // leading 0
            }
        }
        digsep |= digits(base);
        if (ch() == '.') {
            if (prefix == 'o' || prefix == 'b') {
                err(i, std::string("invalid radix point in ") + baseName(base) + " literal");
                ok = false;
            }
            i++;
            seenPoint = true;
        }
    }
    if (seenPoint) {
        kind = GoLexer::FLOAT_LIT;
        digsep |= digits(base);
    }
    if ((digsep & 1) == 0 && ok) {
        err(i, std::string(baseName(base)) + " literal has no digits");
        ok = false;
    }

    char e = lower(ch());
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                err(i, quoteRune(static_cast<char32_t>(ch())) + " exponent requires decimal mantissa");
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                err(i, quoteRune(static_cast<char32_t>(ch())) + " exponent requires hexadecimal mantissa");
                ok = false;
            }
        }
        i++;
        kind = GoLexer::FLOAT_LIT;
        if (ch() == '+' || ch() == '-') i++;
        int saved = digsep;
        long savedInvalid = invalid;
        digsep = digits(10) | (saved & 2);
        invalid = savedInvalid;  // gc passes nil here: exponent digits are never "invalid"
        if ((digsep & 1) == 0 && ok) {
            err(i, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == GoLexer::FLOAT_LIT && ok) {
        err(i, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }

    if (ch() == 'i') {
        kind = GoLexer::IMAG_LIT;
        i++;
    }

    if (kind == GoLexer::INT_LIT && invalid >= 0 && ok) {
        err(static_cast<size_t>(invalid),
            "invalid digit " + quoteRune(static_cast<char32_t>(lit[invalid])) + " in " + baseName(base) + " literal");
        ok = false;
    }
    if ((digsep & 2) != 0 && ok) {
        int k = invalidSep(lit);
        if (k >= 0) err(static_cast<size_t>(k), "'_' must separate successive digits");
    }
    return kind;
}

void GoLexerBase::checkRune(std::string_view lit, bool atEOF, std::vector<LexError>& errs) {
    auto err = [&](size_t at, std::string msg) { errs.push_back({static_cast<uint32_t>(at), std::move(msg)}); };
    bool ok = true;
    size_t i = 1;
    for (int n = 0;; n++) {
        if (i >= lit.size()) {
            // Cut short by a newline or EOF.
            if (ok) {
                if (atEOF)
                    err(0, "rune literal not terminated");
                else
                    err(lit.size(), "newline in rune literal");
            }
            break;
        }
        char c = lit[i];
        if (c == '\'') {
            if (ok) {
                if (n == 0)
                    err(i, "empty rune literal or unescaped '");
                else if (n != 1)
                    err(0, "more than one character in rune literal");
            }
            break;
        }
        if (c == '\\') {
            i++;
            if (!escape(lit, i, '\'', atEOF, errs)) ok = false;
            continue;
        }
        size_t len;
        decodeAt(lit, i, len);
        i += len;
    }
}

void GoLexerBase::checkString(std::string_view lit, bool atEOF, std::vector<LexError>& errs) {
    auto err = [&](size_t at, std::string msg) { errs.push_back({static_cast<uint32_t>(at), std::move(msg)}); };
    if (lit[0] == '`') {
        if (lit.size() < 2 || lit.back() != '`') err(0, "string not terminated");
        return;
    }
    size_t i = 1;
    for (;;) {
        if (i >= lit.size()) {
            if (atEOF)
                err(0, "string not terminated");
            else
                err(lit.size(), "newline in string");
            break;
        }
        char c = lit[i];
        if (c == '"') break;
        if (c == '\\') {
            i++;
            escape(lit, i, '"', atEOF, errs);
            continue;
        }
        i++;
    }
}

void GoLexerBase::error(uint32_t offset, std::string msg) { errors_.push_back({offset, std::move(msg)}); }

// gc's atIdentChar for the non-ASCII characters of an identifier.
void GoLexerBase::checkIdent(std::string_view id, uint32_t offset) {
    for (size_t i = 0; i < id.size();) {
        unsigned char b = static_cast<unsigned char>(id[i]);
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t len;
        char32_t c = decodeAt(id, i, len);
        if (!isUnicodeLetter(c)) {
            if (isUnicodeDigit(c)) {
                if (i == 0) error(offset, "identifier cannot begin with digit " + formatCodePoint(c));
            } else {
                error(offset + static_cast<uint32_t>(i), "invalid character " + formatCodePoint(c) + " in identifier");
            }
        }
        i += len;
    }
}

std::unique_ptr<antlr4::Token> GoLexerBase::makeSemi(size_t cpIndex, const char* text) {
    return _factory->create(std::make_pair(static_cast<antlr4::TokenSource*>(this), _input), GoLexer::SEMI, text, antlr4::Token::DEFAULT_CHANNEL, cpIndex,
                            cpIndex, 0, 0);
}

std::unique_ptr<antlr4::Token> GoLexerBase::nextToken() {
    for (;;) {
        std::unique_ptr<antlr4::Token> t = antlr4::Lexer::nextToken();
        size_t type = t->getType();
        size_t start = t->getStartIndex();
        switch (type) {
        case GoLexer::NL:
            if (nlsemi_) {
                nlsemi_ = false;
                return makeSemi(start, "newline");
            }
            continue;

        case GoLexer::BLOCK_COMMENT: {
            std::string_view text = map_->text(start, t->getStopIndex());
            if (text.size() < 4 || text.substr(text.size() - 2) != "*/")
                error(map_->byteOffset(start), "comment not terminated");
            if (nlsemi_ && text.find('\n') != std::string_view::npos) {
                nlsemi_ = false;
                return makeSemi(start, "newline");
            }
            continue;
        }

        case GoLexer::ERRCHAR: {  // only ASCII can get here: see LETTER
            std::string_view text = map_->text(start, start);
            char32_t c = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
            error(map_->byteOffset(start), "invalid character " + formatCodePoint(c));
            continue;
        }

        case antlr4::Token::EOF:
            if (nlsemi_) {
                nlsemi_ = false;
                return makeSemi(start, "EOF");
            }
            return t;

        case GoLexer::NUMBER:
        case GoLexer::RUNE_LIT:
        case GoLexer::STRING_LIT: {
            std::string_view text = map_->text(start, t->getStopIndex());
            std::vector<LexError> errs;
            bool atEOF = _input->LA(1) == antlr4::Token::EOF;
            if (type == GoLexer::NUMBER) {
                static_cast<antlr4::CommonToken*>(t.get())->setType(checkNumber(text, errs));
            } else if (type == GoLexer::RUNE_LIT) {
                checkRune(text, atEOF, errs);
            } else {
                checkString(text, atEOF, errs);
            }
            uint32_t base = map_->byteOffset(start);
            for (auto& e : errs) error(base + e.offset, std::move(e.msg));
            nlsemi_ = true;
            return t;
        }

        case GoLexer::IDENT: {
            std::string_view id = map_->text(start, t->getStopIndex());
            size_t kw = keywordType(id);
            if (kw != GoLexer::IDENT) {
                static_cast<antlr4::CommonToken*>(t.get())->setType(kw);
                nlsemi_ = kw == GoLexer::BREAK || kw == GoLexer::CONTINUE || kw == GoLexer::FALLTHROUGH ||
                          kw == GoLexer::RETURN;
                return t;
            }
            checkIdent(id, map_->byteOffset(start));
            nlsemi_ = true;
            return t;
        }
        case GoLexer::BREAK:
        case GoLexer::CONTINUE:
        case GoLexer::FALLTHROUGH:
        case GoLexer::RETURN:
        case GoLexer::INC:
        case GoLexer::DEC:
        case GoLexer::RPAREN:
        case GoLexer::RBRACK:
        case GoLexer::RBRACE:
            nlsemi_ = true;
            return t;

        default:
            nlsemi_ = false;
            return t;
        }
    }
}

}  // namespace gomini::grammar
