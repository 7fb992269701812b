// fmt_print.cpp — fmt's printer: Sprint, Sprintln, Sprintf and errorf, the
// twin of Go's fmt/print.go + format.go over RType-described memory instead
// of reflect.
//
// Structure (Go's names): a Printer holds the output buffer and the current
// directive's flags (fmtFlags), `printArg` handles one operand (nil, %T, %p,
// methods), `printValue` walks a value by its RType. Invariants:
//   - The walk is iterative: printValue pushes Tasks (a value to print, a
//     literal to emit, the `erroring` flag to set) on an explicit stack, so
//     nested interfaces/arrays/maps never recurse on the C++ stack. The
//     literals are views of static strings or of RType-owned strings, which
//     live for the program's life.
//   - Methods (Error, String, GoString, Format) are called exactly where Go's
//     handleMethods calls them: at depth 0 always, at depth > 0 only for
//     values Go could Interface() (not reached through unexported fields),
//     never for %T/%p, never while printing a bad verb's operand. A value not
//     already held in an interface is boxed (ctx.box) only if its type has a
//     candidate method.
//   - Go strings returned by methods are copied into the C++ buffer at once:
//     the native holds no Go pointer across an allocation except the operands
//     themselves, which the caller's []any keeps alive.
//   - A value v lives at address p: for an interface operand, p points at
//     the data word itself for pointer-shaped types, else at the box.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "stdlib/natives/internal.h"
#include "vm/map.h"
#include "vm/vm.h"

namespace gomini::stdlib {

namespace natives {

int32_t toUpperRune(int32_t r);

namespace {

using vm::Kind;

constexpr std::string_view kNilAngle = "<nil>";
constexpr std::string_view kNilParen = "(nil)";
constexpr std::string_view kPercentBang = "%!";
constexpr std::string_view kMissing = "(MISSING)";
constexpr std::string_view kBadIndex = "(BADINDEX)";
constexpr std::string_view kExtra = "%!(EXTRA ";
constexpr std::string_view kBadWidth = "%!(BADWIDTH)";
constexpr std::string_view kBadPrec = "%!(BADPREC)";
constexpr std::string_view kNoVerb = "%!(NOVERB)";
constexpr const char* kLdigits = "0123456789abcdefx";
constexpr const char* kUdigits = "0123456789ABCDEFX";

struct FmtFlags {
    bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false, space = false,
         zero = false, plusV = false, sharpV = false;
};

// A value to print: its type and address; canIface is reflect's CanInterface
// (false below an unexported field); iface is the operand's interface value
// when the value came straight out of one (saves boxing for method calls).
struct Value {
    const RType* t = nullptr;  // nullptr: invalid (a nil interface)
    const void* p = nullptr;
    bool canIface = true;
    bool hasIface = false;
    Iface iface{nullptr, nullptr};
};

Value valueOfIface(const Iface& v, bool canIface) {
    Value r;
    if (v.tab == nullptr) {
        r.canIface = canIface;
        return r;
    }
    r.t = v.tab->type;
    r.p = nullptr;  // set by the caller, who owns the Iface storage
    r.canIface = canIface;
    r.hasIface = true;
    r.iface = v;
    return r;
}

// Reading scalars by kind.
int64_t loadInt(const RType* t, const void* p) {
    switch (t->size) {
    case 1: return *static_cast<const int8_t*>(p);
    case 2: { int16_t v; std::memcpy(&v, p, 2); return v; }
    case 4: { int32_t v; std::memcpy(&v, p, 4); return v; }
    default: { int64_t v; std::memcpy(&v, p, 8); return v; }
    }
}
uint64_t loadUint(const RType* t, const void* p) {
    switch (t->size) {
    case 1: return *static_cast<const uint8_t*>(p);
    case 2: { uint16_t v; std::memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; std::memcpy(&v, p, 4); return v; }
    default: { uint64_t v; std::memcpy(&v, p, 8); return v; }
    }
}
double loadFloat(const RType* t, const void* p) {
    if (t->size == 4) {
        float f;
        std::memcpy(&f, p, 4);
        return f;
    }
    double d;
    std::memcpy(&d, p, 8);
    return d;
}
uintptr_t loadWord(const void* p) {
    uintptr_t v;
    std::memcpy(&v, p, 8);
    return v;
}
std::string_view loadString(const void* p) {
    GoString g;
    std::memcpy(&g, p, sizeof g);
    if (g.len <= 0) return {};
    return {reinterpret_cast<const char*>(g.ptr), static_cast<size_t>(g.len)};
}
GoSlice loadSlice(const void* p) {
    GoSlice s;
    std::memcpy(&s, p, sizeof s);
    return s;
}

bool isIntKind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool isUintKind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }

// Does method m have the signature `NAME() string`?
bool isStringMethod(const vm::Method* m) {
    return m && m->mtyp && m->mtyp->in.empty() && m->mtyp->out.size() == 1 && m->mtyp->out[0]->kind == Kind::String &&
           !m->mtyp->out[0]->named;
}
bool isFormatMethod(const vm::Method* m) {
    return m && m->mtyp && m->mtyp->in.size() == 2 && m->mtyp->out.empty() && m->mtyp->in[0]->str == "fmt.State" &&
           m->mtyp->in[1]->kind == Kind::Int32 && !m->mtyp->in[1]->named && !m->mtyp->variadic;
}

const std::string kNameError = "Error", kNameString = "String", kNameGoString = "GoString", kNameFormat = "Format";

// ---- map key ordering (internal/fmtsort) ----

int floatCompare(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    bool na = std::isnan(a), nb = std::isnan(b);
    if (na && !nb) return -1;
    if (!na && nb) return 1;
    return 0;
}

int compareValues(const RType* t, const void* a, const void* b, int depth) {
    if (depth > 200) return 0;
    switch (t->kind) {
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64: {
        int64_t x = loadInt(t, a), y = loadInt(t, b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::UnsafePointer: case Kind::Chan: {
        uint64_t x = t->kind == Kind::Pointer || t->kind == Kind::UnsafePointer || t->kind == Kind::Chan
                         ? loadWord(a) : loadUint(t, a);
        uint64_t y = t->kind == Kind::Pointer || t->kind == Kind::UnsafePointer || t->kind == Kind::Chan
                         ? loadWord(b) : loadUint(t, b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind::String: {
        int c = loadString(a).compare(loadString(b));
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Kind::Float32: case Kind::Float64: return floatCompare(loadFloat(t, a), loadFloat(t, b));
    case Kind::Complex64: case Kind::Complex128: {
        size_t h = t->size / 2;
        const RType* ft = nullptr;
        double ar, ai, br, bi;
        if (h == 4) {
            float f[4];
            std::memcpy(&f[0], a, 8);
            std::memcpy(&f[2], b, 8);
            ar = f[0], ai = f[1], br = f[2], bi = f[3];
        } else {
            double d[4];
            std::memcpy(&d[0], a, 16);
            std::memcpy(&d[2], b, 16);
            ar = d[0], ai = d[1], br = d[2], bi = d[3];
        }
        (void)ft;
        int c = floatCompare(ar, br);
        return c != 0 ? c : floatCompare(ai, bi);
    }
    case Kind::Bool: {
        bool x = *static_cast<const uint8_t*>(a) != 0, y = *static_cast<const uint8_t*>(b) != 0;
        return x == y ? 0 : (!x ? -1 : 1);
    }
    case Kind::Struct:
        for (const auto& f : t->fields) {
            const char* fa = static_cast<const char*>(a) + f.offset;
            const char* fb = static_cast<const char*>(b) + f.offset;
            int c = compareValues(f.type, fa, fb, depth + 1);
            if (c != 0) return c;
        }
        return 0;
    case Kind::Array:
        for (int64_t i = 0; i < t->len; i++) {
            int c = compareValues(t->elem, static_cast<const char*>(a) + i * t->elem->size,
                                  static_cast<const char*>(b) + i * t->elem->size, depth + 1);
            if (c != 0) return c;
        }
        return 0;
    case Kind::Interface: {
        Iface x, y;
        std::memcpy(&x, a, 16);
        std::memcpy(&y, b, 16);
        if (!x.tab || !y.tab) {
            if (!x.tab && !y.tab) return 0;
            return !x.tab ? -1 : 1;
        }
        const RType* tx = x.tab->type;
        const RType* ty = y.tab->type;
        if (tx != ty) {
            // Go orders by the address of the type descriptors, which its linker lays
            // out sorted by name: order by the type's spelling (pointer as tie-break).
            int c = tx->str.compare(ty->str);
            if (c != 0) return c < 0 ? -1 : 1;
            return reinterpret_cast<uintptr_t>(tx) < reinterpret_cast<uintptr_t>(ty) ? -1 : 1;
        }
        return compareValues(tx, ifaceValuePtr(x), ifaceValuePtr(y), depth + 1);
    }
    default: return 0;
    }
}

enum class TaskKind : uint8_t { lit, val, erroring };

struct Task {
    TaskKind kind = TaskKind::lit;
    bool flag = false;
    int32_t verb = 'v';
    int depth = 0;
    std::string_view lit;
    Value v;
};

class Printer {
public:
    Printer(NativeCtx& ctx) : ctx_(ctx) {}

    std::string buf;
    bool wrapErrs = false;
    bool panicking = false;
    std::vector<int64_t>* wrapped = nullptr;

    void doPrint(const Iface* a, size_t n);
    void doPrintln(const Iface* a, size_t n);
    void doPrintf(std::string_view format, const Iface* a, size_t n);
    void printArg(const Iface& arg, int32_t verb);

private:
    NativeCtx& ctx_;
    FmtFlags f_;
    int wid_ = 0, prec_ = 0;
    bool erroring_ = false;
    std::vector<Task> stack_;

    void clearflags() { f_ = FmtFlags{}; }

    // --- format.go ---
    void writeRune(int32_t r) { appendRune(buf, r); }
    void writePadding(int64_t n) {
        if (n <= 0) return;
        buf.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
    }
    void pad(std::string_view s) {
        if (!f_.widPresent || wid_ == 0) {
            buf += s;
            return;
        }
        int64_t width = wid_ - runeCount(s);
        if (!f_.minus) {
            writePadding(width);
            buf += s;
        } else {
            buf += s;
            writePadding(width);
        }
    }
    void fmtBoolean(bool v) { pad(v ? "true" : "false"); }
    void fmtUnicode(uint64_t u);
    void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits);
    std::string_view truncate(std::string_view s) {
        if (f_.precPresent) {
            int64_t n = prec_;
            for (size_t i = 0; i < s.size();) {
                n--;
                if (n < 0) return s.substr(0, i);
                int w;
                decodeRune(s, i, w);
                i += w;
            }
        }
        return s;
    }
    void fmtS(std::string_view s) { pad(truncate(s)); }
    void fmtSbx(std::string_view s, const char* digits);
    void fmtQ(std::string_view s) {
        s = truncate(s);
        if (f_.sharp && canBackquote(s)) {
            std::string t = "`";
            t += s;
            t += '`';
            pad(t);
            return;
        }
        pad(quoteWith(s, '"', f_.plus, false));
    }
    void fmtC(uint64_t c) {
        int32_t r = c > 0x10FFFF ? 0xFFFD : static_cast<int32_t>(c);
        std::string t;
        appendRune(t, r);
        pad(t);
    }
    void fmtQc(uint64_t c) {
        int32_t r = c > 0x10FFFF ? 0xFFFD : static_cast<int32_t>(c);
        pad(quoteRuneWith(r, '\'', f_.plus, false));
    }
    void fmtFloatF(double v, int size, int32_t verb, int prec);

    // --- print.go ---
    void badVerb(int32_t verb, const Value& v);
    void fmtBool(bool v, int32_t verb, const Value& val) {
        if (verb == 't' || verb == 'v')
            fmtBoolean(v);
        else
            badVerb(verb, val);
    }
    void fmt0x64(uint64_t v, bool leading0x) {
        bool sharp = f_.sharp;
        f_.sharp = leading0x;
        fmtInteger(v, 16, false, 'v', kLdigits);
        f_.sharp = sharp;
    }
    void fmtIntegerVerb(uint64_t v, bool isSigned, int32_t verb, const Value& val);
    void fmtFloat(double v, int size, int32_t verb, const Value& val);
    void fmtComplex(double re, double im, int size, int32_t verb, const Value& val);
    void fmtString(std::string_view v, int32_t verb, const Value& val);
    void fmtBytes(std::string_view v, int32_t verb);
    void fmtPointer(const Value& v, int32_t verb);
    bool handleMethods(const Value& v, int32_t verb);
    void catchPanic(const Value& v, const Iface& panicVal, int32_t verb, std::string_view method);
    bool callStringMethod(const Iface& recv, const std::string& name, std::string& out, const Value& v, int32_t verb);
    bool callFormat(const Iface& recv, const Value& v, int32_t verb);
    Iface ifaceFor(const Value& v);

    void printValue(const Value& v, int32_t verb, int depth);  // runs the task loop
    void stepValue(const Value& v, int32_t verb, int depth);   // one value; pushes children
    void run(size_t base);
    void pushLit(std::string_view s) {
        Task t;
        t.kind = TaskKind::lit;
        t.lit = s;
        stack_.push_back(t);
    }
    void pushVal(const Value& v, int32_t verb, int depth) {
        Task t;
        t.kind = TaskKind::val;
        t.v = v;
        t.verb = verb;
        t.depth = depth;
        stack_.push_back(t);
    }
    void pushErroring(bool on) {
        Task t;
        t.kind = TaskKind::erroring;
        t.flag = on;
        stack_.push_back(t);
    }
};

void Printer::fmtUnicode(uint64_t u) {
    int64_t prec = 4;
    if (f_.precPresent && prec_ > 4) prec = prec_;
    std::string tmp;  // built right to left
    if (f_.sharp && u <= 0x10FFFF && isPrint(static_cast<int32_t>(u))) {
        std::string r;
        appendRune(r, static_cast<int32_t>(u));
        tmp = "'" + r + "'";
        tmp.insert(tmp.begin(), ' ');
    }
    std::string digits;
    while (u >= 16) {
        digits += kUdigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    digits += kUdigits[u];
    prec--;
    while (prec > 0) {
        digits += '0';
        prec--;
    }
    digits += "+U";
    std::reverse(digits.begin(), digits.end());
    digits += tmp;
    bool oldZero = f_.zero;
    f_.zero = false;
    pad(digits);
    f_.zero = oldZero;
}

void Printer::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
    bool negative = isSigned && static_cast<int64_t>(u) < 0;
    if (negative) u = -u;
    int64_t prec = 0;
    if (f_.precPresent) {
        prec = prec_;
        if (prec == 0 && u == 0) {
            bool oldZero = f_.zero;
            f_.zero = false;
            writePadding(wid_);
            f_.zero = oldZero;
            return;
        }
    } else if (f_.zero && f_.widPresent) {
        prec = wid_;
        if (negative || f_.plus || f_.space) prec--;
    }
    std::string b;  // reversed
    switch (base) {
    case 10:
        while (u >= 10) {
            b += static_cast<char>('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            b += digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            b += static_cast<char>('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            b += static_cast<char>('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    b += digits[u];
    while (static_cast<int64_t>(b.size()) < prec) b += '0';
    if (f_.sharp) {
        switch (base) {
        case 2: b += "b0"; break;
        case 8:
            if (b.back() != '0') b += '0';
            break;
        case 16:
            b += digits[16];
            b += '0';
            break;
        }
    }
    if (verb == 'O') b += "o0";
    if (negative)
        b += '-';
    else if (f_.plus)
        b += '+';
    else if (f_.space)
        b += ' ';
    std::reverse(b.begin(), b.end());
    bool oldZero = f_.zero;
    f_.zero = false;
    pad(b);
    f_.zero = oldZero;
}

void Printer::fmtSbx(std::string_view s, const char* digits) {
    int64_t length = static_cast<int64_t>(s.size());
    if (f_.precPresent && prec_ < length) length = prec_;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f_.space) {
            if (f_.sharp) width *= 2;
            width += length - 1;
        } else if (f_.sharp) {
            width += 2;
        }
    } else {
        if (f_.widPresent) writePadding(wid_);
        return;
    }
    if (f_.widPresent && wid_ > width && !f_.minus) writePadding(wid_ - width);
    if (f_.sharp) {
        buf += '0';
        buf += digits[16];
    }
    for (int64_t i = 0; i < length; i++) {
        if (f_.space && i > 0) {
            buf += ' ';
            if (f_.sharp) {
                buf += '0';
                buf += digits[16];
            }
        }
        uint8_t c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
        buf += digits[c >> 4];
        buf += digits[c & 0xF];
    }
    if (f_.widPresent && wid_ > width && f_.minus) writePadding(wid_ - width);
}

void Printer::fmtFloatF(double v, int size, int32_t verb, int prec) {
    if (f_.precPresent) prec = prec_;
    std::string num = formatFloat(v, static_cast<char>(verb), prec, size);
    if (num[0] == '-' || num[0] == '+') {
        // keep
    } else {
        num.insert(num.begin(), '+');
    }
    if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oldZero = f_.zero;
        f_.zero = false;
        if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
        pad(num);
        f_.zero = oldZero;
        return;
    }
    if (f_.sharp && verb != 'b') {
        int digits = 0;
        switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
            digits = prec;
            if (digits == -1) digits = 6;
            break;
        }
        std::string tail;
        bool hasDecimalPoint = false, sawNonzeroDigit = false;
        for (size_t i = 1; i < num.size(); i++) {
            char c = num[i];
            if (c == '.') {
                hasDecimalPoint = true;
                continue;
            }
            if (c == 'p' || c == 'P') {
                tail = num.substr(i);
                num.resize(i);
                break;
            }
            if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                tail = num.substr(i);
                num.resize(i);
                break;
            }
            if (c != '0') sawNonzeroDigit = true;
            if (sawNonzeroDigit) digits--;
        }
        if (!hasDecimalPoint) {
            if (num.size() == 2 && num[1] == '0') digits--;
            num += '.';
        }
        while (digits > 0) {
            num += '0';
            digits--;
        }
        num += tail;
    }
    if (f_.plus || num[0] != '+') {
        if (f_.zero && f_.widPresent && wid_ > static_cast<int64_t>(num.size())) {
            buf += num[0];
            writePadding(wid_ - static_cast<int64_t>(num.size()));
            buf.append(num, 1);
            return;
        }
        pad(num);
        return;
    }
    pad(std::string_view(num).substr(1));
}

void Printer::badVerb(int32_t verb, const Value& v) {
    erroring_ = true;
    buf += kPercentBang;
    writeRune(verb);
    buf += '(';
    if (v.t) {
        buf += v.t->str;
        buf += '=';
        // Printed after the current task: push the closing in reverse order.
        pushErroring(false);
        pushLit(")");
        pushVal(v, 'v', 0);
        // printValue at depth 0 never calls methods while erroring (set above;
        // reset by the erroring task pushed first).
    } else {
        buf += kNilAngle;
        buf += ')';
        erroring_ = false;
    }
}

void Printer::fmtIntegerVerb(uint64_t v, bool isSigned, int32_t verb, const Value& val) {
    switch (verb) {
    case 'v':
        if (f_.sharpV && !isSigned)
            fmt0x64(v, true);
        else
            fmtInteger(v, 10, isSigned, verb, kLdigits);
        break;
    case 'd': fmtInteger(v, 10, isSigned, verb, kLdigits); break;
    case 'b': fmtInteger(v, 2, isSigned, verb, kLdigits); break;
    case 'o': case 'O': fmtInteger(v, 8, isSigned, verb, kLdigits); break;
    case 'x': fmtInteger(v, 16, isSigned, verb, kLdigits); break;
    case 'X': fmtInteger(v, 16, isSigned, verb, kUdigits); break;
    case 'c': fmtC(v); break;
    case 'q': fmtQc(v); break;
    case 'U': fmtUnicode(v); break;
    default: badVerb(verb, val);
    }
}

void Printer::fmtFloat(double v, int size, int32_t verb, const Value& val) {
    switch (verb) {
    case 'v': fmtFloatF(v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatF(v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmtFloatF(v, size, verb, 6); break;
    case 'F': fmtFloatF(v, size, 'f', 6); break;
    default: badVerb(verb, val);
    }
}

void Printer::fmtComplex(double re, double im, int size, int32_t verb, const Value& val) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        bool oldPlus = f_.plus;
        buf += '(';
        fmtFloat(re, size / 2, verb, val);
        f_.plus = true;
        fmtFloat(im, size / 2, verb, val);
        buf += "i)";
        f_.plus = oldPlus;
        break;
    }
    default: badVerb(verb, val);
    }
}

void Printer::fmtString(std::string_view v, int32_t verb, const Value& val) {
    switch (verb) {
    case 'v':
        if (f_.sharpV)
            fmtQ(v);
        else
            fmtS(v);
        break;
    case 's': fmtS(v); break;
    case 'x': fmtSbx(v, kLdigits); break;
    case 'X': fmtSbx(v, kUdigits); break;
    case 'q': fmtQ(v); break;
    default: badVerb(verb, val);
    }
}

// Only the byte verbs reach here (s q x X); %v/%d of byte slices print as
// ordinary slices, which gives Go's output for both []byte and named types.
void Printer::fmtBytes(std::string_view v, int32_t verb) {
    switch (verb) {
    case 's': pad(truncate(v)); break;
    case 'x': fmtSbx(v, kLdigits); break;
    case 'X': fmtSbx(v, kUdigits); break;
    case 'q': fmtQ(v); break;
    }
}

void Printer::fmtPointer(const Value& v, int32_t verb) {
    uintptr_t u = 0;
    switch (v.t->kind) {
    case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::Pointer: case Kind::UnsafePointer:
        u = loadWord(v.p);
        break;
    case Kind::Slice: u = reinterpret_cast<uintptr_t>(loadSlice(v.p).ptr); break;
    default: badVerb(verb, v); return;
    }
    switch (verb) {
    case 'v':
        if (f_.sharpV) {
            buf += '(';
            buf += v.t->str;
            buf += ")(";
            if (u == 0)
                buf += "nil";
            else
                fmt0x64(u, true);
            buf += ')';
        } else {
            if (u == 0) {
                pad(kNilAngle);  // padString: pads with '0' too under the 0 flag, as Go
            } else {
                fmt0x64(u, !f_.sharp);
            }
        }
        break;
    case 'p': fmt0x64(u, !f_.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmtIntegerVerb(u, false, verb, v); break;
    default: badVerb(verb, v);
    }
}

// The interface value for calling a method of v (boxing v if it was not
// already in one). Allocates: call right before the method call.
Iface Printer::ifaceFor(const Value& v) {
    if (v.hasIface) return v.iface;
    return ctx_.box(nullptr, v.t, v.p);
}

void Printer::catchPanic(const Value& v, const Iface& err, int32_t verb, std::string_view method) {
    if (v.t->kind == Kind::Pointer && loadWord(v.p) == 0) {
        buf += kNilAngle;
        return;
    }
    if (panicking) ctx_.panicValue(err);
    if (err.data) ctx_.keepAlive(err.data);  // only C++ holds the recovered value now
    buf += kPercentBang;
    writeRune(verb);
    buf += "(PANIC=";
    buf += method;
    buf += " method: ";
    Printer sub(ctx_);
    sub.panicking = true;
    sub.printArg(err, 'v');
    buf += sub.buf;
    buf += ')';
}

// Calls NAME() string on recv; on a recovered panic prints Go's
// %!v(PANIC=...) text and returns false; on success stores the result.
bool Printer::callStringMethod(const Iface& recv, const std::string& name, std::string& out, const Value& v,
                               int32_t verb) {
    uint64_t res[2] = {0, 0};
    Iface pv{nullptr, nullptr};
    int rc = ctx_.callMethodRecover(recv, name, nullptr, 0, res, 2, &pv);
    if (rc == 1) {
        std::string_view mname = name == kNameGoString ? "GoString" : name == kNameError ? "Error" : "String";
        catchPanic(v, pv, verb, mname);
        return false;
    }
    out = std::string(argStr(res, 0));
    return true;
}

bool Printer::callFormat(const Iface& recv, const Value& v, int32_t verb) {
    const RType* stateT = ctx_.typeByName("fmt.state");
    const RType* statePtrT = ctx_.typeByName("*fmt.state");
    const RType* stateIfaceT = ctx_.typeByName("fmt.State");
    if (!stateT || !statePtrT || !stateIfaceT) return false;
    auto field = [&](const char* name) -> const vm::StructField* {
        for (const auto& f : stateT->fields)
            if (f.name == name) return &f;
        return nullptr;
    };
    const vm::StructField *fBuf = field("buf"), *fWid = field("wid"), *fPrec = field("prec"),
                          *fWidP = field("widPresent"), *fPrecP = field("precPresent"), *fFlags = field("flags");
    if (!fBuf || !fWid || !fPrec || !fWidP || !fPrecP || !fFlags) return false;
    std::string flags;
    if (f_.space) flags += ' ';
    if (f_.plus || f_.plusV) flags += '+';
    if (f_.minus) flags += '-';
    if (f_.sharp || f_.sharpV) flags += '#';
    if (f_.zero) flags += '0';
    char* obj = static_cast<char*>(ctx_.alloc(stateT));
    ctx_.keepAlive(obj);
    GoString fs = ctx_.newString(flags);
    std::memcpy(obj + fFlags->offset, &fs, sizeof fs);
    int64_t w = wid_, p = prec_;
    std::memcpy(obj + fWid->offset, &w, 8);
    std::memcpy(obj + fPrec->offset, &p, 8);
    obj[fWidP->offset] = f_.widPresent;
    obj[fPrecP->offset] = f_.precPresent;
    Iface st = ctx_.box(stateIfaceT, statePtrT, &obj);
    uint64_t args[3];
    std::memcpy(&args[0], &st, 16);
    args[2] = static_cast<uint64_t>(static_cast<int64_t>(verb));
    Iface pv{nullptr, nullptr};
    int rc = ctx_.callMethodRecover(recv, kNameFormat, args, 3, nullptr, 0, &pv);
    GoSlice out = loadSlice(obj + fBuf->offset);
    if (out.len > 0) buf.append(static_cast<const char*>(out.ptr), static_cast<size_t>(out.len));
    if (rc == 1) catchPanic(v, pv, verb, "Format");
    return true;
}

bool Printer::handleMethods(const Value& v, int32_t verb) {
    if (erroring_) return false;
    const RType* t = v.t;
    const vm::Method* mErr = t->findMethod(kNameError);
    bool isError = isStringMethod(mErr);
    if (verb == 'w') {
        if (!isError || !wrapErrs) {
            badVerb(verb, v);
            return true;
        }
        verb = 'v';
    }
    if (isFormatMethod(t->findMethod(kNameFormat))) {
        if (callFormat(ifaceFor(v), v, verb)) return true;
    }
    if (f_.sharpV) {
        if (isStringMethod(t->findMethod(kNameGoString))) {
            std::string s;
            if (callStringMethod(ifaceFor(v), kNameGoString, s, v, verb)) fmtS(s);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const std::string* name = nullptr;
        if (isError)
            name = &kNameError;
        else if (isStringMethod(t->findMethod(kNameString)))
            name = &kNameString;
        if (!name) return false;
        std::string s;
        if (callStringMethod(ifaceFor(v), *name, s, v, verb)) fmtString(s, verb, v);
        return true;
    }
    }
    return false;
}

void Printer::printArg(const Iface& arg, int32_t verb) {
    if (arg.tab == nullptr) {
        switch (verb) {
        case 'T': case 'v': pad(kNilAngle); break;
        default: badVerb(verb, Value{});
        }
        return;
    }
    Value v = valueOfIface(arg, true);
    v.p = arg.tab->type->pointerShaped ? nullptr : arg.data;  // run() points pointer-shaped values at their Iface copy
    switch (verb) {
    case 'T': fmtS(v.t->str); return;
    case 'p': {
        Iface local = arg;
        Value pv = v;
        pv.hasIface = false;
        pv.p = ifaceValuePtr(local);
        size_t base = stack_.size();
        fmtPointer(pv, 'p');  // may push a bad verb's operand
        run(base);
        return;
    }
    }
    printValue(v, verb, 0);
}

void Printer::printValue(const Value& v, int32_t verb, int depth) {
    size_t base = stack_.size();
    pushVal(v, verb, depth);
    run(base);
}

void Printer::run(size_t base) {
    while (stack_.size() > base) {
        Task t = stack_.back();
        stack_.pop_back();
        switch (t.kind) {
        case TaskKind::lit: buf += t.lit; break;
        case TaskKind::erroring: erroring_ = t.flag; break;
        case TaskKind::val:
            // Values that came out of an interface point into their own Iface copy.
            if (t.v.hasIface && t.v.t && t.v.t->pointerShaped) t.v.p = &t.v.iface.data;
            stepValue(t.v, t.verb, t.depth);
            break;
        }
    }
}

void Printer::stepValue(const Value& v, int32_t verb, int depth) {
    // Methods: at depth 0 printArg's handleMethods; deeper only for values Go could Interface().
    if (v.t && v.canIface && v.t->kind != Kind::Interface) {
        if (handleMethods(v, verb)) return;
    }
    if (!v.t) {
        if (depth == 0) {
            buf += "<invalid reflect.Value>";
        } else if (verb == 'v') {
            buf += kNilAngle;
        } else {
            badVerb(verb, v);
        }
        return;
    }
    const RType* t = v.t;
    const char* p = static_cast<const char*>(v.p);
    switch (t->kind) {
    case Kind::Invalid: buf += kNilAngle; return;
    case Kind::Bool: fmtBool(*reinterpret_cast<const uint8_t*>(p) != 0, verb, v); return;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        fmtIntegerVerb(static_cast<uint64_t>(loadInt(t, p)), true, verb, v);
        return;
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        fmtIntegerVerb(loadUint(t, p), false, verb, v);
        return;
    case Kind::Float32: fmtFloat(loadFloat(t, p), 32, verb, v); return;
    case Kind::Float64: fmtFloat(loadFloat(t, p), 64, verb, v); return;
    case Kind::Complex64: {
        float c[2];
        std::memcpy(c, p, 8);
        fmtComplex(c[0], c[1], 64, verb, v);
        return;
    }
    case Kind::Complex128: {
        double c[2];
        std::memcpy(c, p, 16);
        fmtComplex(c[0], c[1], 128, verb, v);
        return;
    }
    case Kind::String: fmtString(loadString(p), verb, v); return;
    case Kind::Map: {
        auto* h = reinterpret_cast<vm::Hmap*>(loadWord(p));
        if (f_.sharpV) {
            buf += t->str;
            if (h == nullptr) {
                buf += kNilParen;
                return;
            }
            buf += '{';
        } else {
            buf += "map[";
        }
        std::vector<std::pair<const void*, const void*>> entries;
        if (h != nullptr) {
            const vm::MapType* mt = vm::mapTypeInfo(t);
            vm::Hiter it;
            vm::mapiterinit(mt, h, &it);
            for (; it.key != nullptr; vm::mapiternext(&it)) entries.emplace_back(it.key, it.elem);
            const RType* kt = t->key;
            std::stable_sort(entries.begin(), entries.end(), [kt](const auto& a, const auto& b) {
                return compareValues(kt, a.first, b.first, 0) < 0;
            });
        }
        pushLit(f_.sharpV ? "}" : "]");
        for (size_t i = entries.size(); i-- > 0;) {
            Value kv{t->key, entries[i].first, v.canIface};
            Value ev{t->elem, entries[i].second, v.canIface};
            pushVal(ev, verb, depth + 1);
            pushLit(":");
            pushVal(kv, verb, depth + 1);
            if (i > 0) pushLit(f_.sharpV ? ", " : " ");
        }
        return;
    }
    case Kind::Struct: {
        if (f_.sharpV) buf += t->str;
        buf += '{';
        pushLit("}");
        for (size_t i = t->fields.size(); i-- > 0;) {
            const auto& fld = t->fields[i];
            Value fv{fld.type, p + fld.offset, v.canIface && fld.exported};
            pushVal(fv, verb, depth + 1);
            if (f_.plusV || f_.sharpV) {
                pushLit(":");
                pushLit(fld.name);
            }
            if (i > 0) pushLit(f_.sharpV ? ", " : " ");
        }
        return;
    }
    case Kind::Interface: {
        Iface in;
        std::memcpy(&in, p, 16);
        if (in.tab == nullptr) {
            if (f_.sharpV) {
                buf += t->str;
                buf += kNilParen;
            } else {
                buf += kNilAngle;
            }
            return;
        }
        Value ev = valueOfIface(in, v.canIface);
        ev.p = in.tab->type->pointerShaped ? nullptr : in.data;
        pushVal(ev, verb, depth + 1);
        return;
    }
    case Kind::Array: case Kind::Slice: {
        const char* data;
        int64_t n;
        bool isNil = false;
        if (t->kind == Kind::Slice) {
            GoSlice s = loadSlice(p);
            data = static_cast<const char*>(s.ptr);
            n = s.len;
            isNil = s.ptr == nullptr;
        } else {
            data = p;
            n = t->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == Kind::Uint8) {
            fmtBytes(std::string_view(data ? data : "", static_cast<size_t>(n)), verb);
            return;
        }
        if (f_.sharpV) {
            // printArg's []byte fast path spells the operand's type "[]byte".
            if (depth == 0 && t->kind == Kind::Slice && !t->named && t->elem->kind == Kind::Uint8 && !t->elem->named)
                buf += "[]byte";
            else
                buf += t->str;
            if (t->kind == Kind::Slice && isNil) {
                buf += kNilParen;
                return;
            }
            buf += '{';
        } else {
            buf += '[';
        }
        pushLit(f_.sharpV ? "}" : "]");
        uint32_t es = t->elem->size;
        for (int64_t i = n; i-- > 0;) {
            Value ev{t->elem, data + i * es, v.canIface};
            pushVal(ev, verb, depth + 1);
            if (i > 0) pushLit(f_.sharpV ? ", " : " ");
        }
        return;
    }
    case Kind::Pointer:
        if (depth == 0 && loadWord(p) != 0) {
            const RType* e = t->elem;
            if (e->kind == Kind::Array || e->kind == Kind::Slice || e->kind == Kind::Struct || e->kind == Kind::Map) {
                buf += '&';
                pushVal(Value{e, reinterpret_cast<const void*>(loadWord(p)), v.canIface}, verb, depth + 1);
                return;
            }
        }
        fmtPointer(v, verb);
        return;
    case Kind::Chan: case Kind::Func: case Kind::UnsafePointer: fmtPointer(v, verb); return;
    }
    buf += '?';
    buf += t->str;
    buf += '?';
}


// ---- doPrint / doPrintln / doPrintf ----

void Printer::doPrint(const Iface* a, size_t n) {
    bool prevString = false;
    for (size_t i = 0; i < n; i++) {
        bool isString = a[i].tab != nullptr && a[i].tab->type->kind == Kind::String;
        if (i > 0 && !isString && !prevString) buf += ' ';
        printArg(a[i], 'v');
        prevString = isString;
    }
}

void Printer::doPrintln(const Iface* a, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) buf += ' ';
        printArg(a[i], 'v');
    }
    buf += '\n';
}

namespace {

bool tooLarge(int64_t x) {
    constexpr int64_t max = 1000000;
    return x > max || x < -max;
}

// parsenum: the number at s[start:end), if any.
int64_t parsenum(std::string_view s, size_t start, size_t end, bool& isnum, size_t& newi) {
    isnum = false;
    int64_t num = 0;
    if (start >= end) {
        newi = end;
        return 0;
    }
    for (newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++) {
        if (tooLarge(num)) {
            isnum = false;
            newi = end;
            return 0;
        }
        num = num * 10 + (s[newi] - '0');
        isnum = true;
    }
    return num;
}

// intFromArg: a[argNum] as an int for '*'.
int64_t intFromArg(const Iface* a, size_t n, size_t& argNum, bool& isInt) {
    isInt = false;
    int64_t num = 0;
    if (argNum < n) {
        const Iface& v = a[argNum];
        if (v.tab) {
            const RType* t = v.tab->type;
            const void* p = ifaceValuePtr(v);
            if (isIntKind(t->kind)) {
                num = loadInt(t, p);
                isInt = true;
            } else if (isUintKind(t->kind)) {
                uint64_t u = loadUint(t, p);
                if (static_cast<int64_t>(u) >= 0) {
                    num = static_cast<int64_t>(u);
                    isInt = true;
                }
            }
        }
        argNum++;
        if (tooLarge(num)) {
            num = 0;
            isInt = false;
        }
    }
    return num;
}

// parseArgNumber: "[n]" at format[0]; index (0-based), bytes consumed, ok.
void parseArgNumber(std::string_view format, int64_t& index, size_t& wid, bool& ok) {
    index = 0;
    wid = 1;
    ok = false;
    if (format.size() < 3) return;
    for (size_t i = 1; i < format.size(); i++) {
        if (format[i] == ']') {
            bool isnum;
            size_t newi;
            int64_t width = parsenum(format, 1, i, isnum, newi);
            if (!isnum || newi != i) {
                wid = i + 1;
                return;
            }
            index = width - 1;
            wid = i + 1;
            ok = true;
            return;
        }
    }
}

}  // namespace

void Printer::doPrintf(std::string_view format, const Iface* a, size_t n) {
    size_t end = format.size();
    size_t argNum = 0;
    bool afterIndex = false;
    bool reordered = false;
    bool goodArgNum = true;
    // argNumber: an explicit [n] at format[i].
    auto argNumber = [&](size_t argNumIn, size_t i, size_t& newArgNum, size_t& newi, bool& found) {
        newArgNum = argNumIn;
        newi = i;
        found = false;
        if (format.size() <= i || format[i] != '[') return;
        reordered = true;
        int64_t index;
        size_t wid;
        bool ok;
        parseArgNumber(format.substr(i), index, wid, ok);
        if (ok && 0 <= index && static_cast<size_t>(index) < n) {
            newArgNum = static_cast<size_t>(index);
            newi = i + wid;
            found = true;
            return;
        }
        goodArgNum = false;
        newi = i + wid;
        found = ok;
    };
    auto recordWrapped = [&](int32_t verb, size_t argIdx) {
        if (verb == 'w' && wrapped) wrapped->push_back(static_cast<int64_t>(argIdx));
    };
    for (size_t i = 0; i < end;) {
        goodArgNum = true;
        size_t lasti = i;
        while (i < end && format[i] != '%') i++;
        if (i > lasti) buf += format.substr(lasti, i - lasti);
        if (i >= end) break;
        i++;
        clearflags();
        bool simpleDone = false;
        for (; i < end; i++) {
            char c = format[i];
            if (c == '#') {
                f_.sharp = true;
            } else if (c == '0') {
                f_.zero = !f_.minus;
            } else if (c == '+') {
                f_.plus = true;
            } else if (c == '-') {
                f_.minus = true;
                f_.zero = false;
            } else if (c == ' ') {
                f_.space = true;
            } else {
                if ('a' <= c && c <= 'z' && argNum < n) {
                    if (c == 'v' || c == 'w') {
                        f_.sharpV = f_.sharp;
                        f_.sharp = false;
                        f_.plusV = f_.plus;
                        f_.plus = false;
                    }
                    recordWrapped(c, argNum);
                    printArg(a[argNum], c);
                    argNum++;
                    i++;
                    simpleDone = true;
                }
                break;
            }
        }
        if (simpleDone) continue;

        argNumber(argNum, i, argNum, i, afterIndex);

        if (i < end && format[i] == '*') {
            i++;
            bool ok;
            int64_t w = intFromArg(a, n, argNum, ok);
            wid_ = static_cast<int>(w);
            f_.widPresent = ok;
            if (!ok) buf += kBadWidth;
            if (wid_ < 0) {
                wid_ = -wid_;
                f_.minus = true;
                f_.zero = false;
            }
            afterIndex = false;
        } else {
            bool ok;
            size_t newi;
            wid_ = static_cast<int>(parsenum(format, i, end, ok, newi));
            f_.widPresent = ok;
            i = newi;
            if (afterIndex && f_.widPresent) goodArgNum = false;
        }

        if (i + 1 < end && format[i] == '.') {
            i++;
            if (afterIndex) goodArgNum = false;
            argNumber(argNum, i, argNum, i, afterIndex);
            if (i < end && format[i] == '*') {
                i++;
                bool ok;
                int64_t p = intFromArg(a, n, argNum, ok);
                prec_ = static_cast<int>(p);
                f_.precPresent = ok;
                if (prec_ < 0) {
                    prec_ = 0;
                    f_.precPresent = false;
                }
                if (!f_.precPresent) buf += kBadPrec;
                afterIndex = false;
            } else {
                bool ok;
                size_t newi;
                prec_ = static_cast<int>(parsenum(format, i, end, ok, newi));
                f_.precPresent = ok;
                i = newi;
                if (!f_.precPresent) {
                    prec_ = 0;
                    f_.precPresent = true;
                }
            }
        }

        if (!afterIndex) argNumber(argNum, i, argNum, i, afterIndex);

        if (i >= end) {
            buf += kNoVerb;
            break;
        }

        int32_t verb = static_cast<uint8_t>(format[i]);
        int size = 1;
        if (verb >= 0x80) verb = decodeRune(format, i, size);
        i += static_cast<size_t>(size);

        if (verb == '%') {
            buf += '%';
        } else if (!goodArgNum) {
            buf += kPercentBang;
            writeRune(verb);
            buf += kBadIndex;
        } else if (argNum >= n) {
            buf += kPercentBang;
            writeRune(verb);
            buf += kMissing;
        } else {
            if (verb == 'v' || verb == 'w') {
                f_.sharpV = f_.sharp;
                f_.sharp = false;
                f_.plusV = f_.plus;
                f_.plus = false;
            }
            recordWrapped(verb, argNum);
            printArg(a[argNum], verb);
            argNum++;
        }
    }
    if (!reordered && argNum < n) {
        clearflags();
        buf += kExtra;
        for (size_t k = argNum; k < n; k++) {
            if (k > argNum) buf += ", ";
            if (a[k].tab == nullptr) {
                buf += kNilAngle;
            } else {
                buf += a[k].tab->type->str;
                buf += '=';
                printArg(a[k], 'v');
            }
        }
        buf += ')';
    }
}

// ---- natives ----

const Iface* sliceIfaces(const GoSlice& s) { return static_cast<const Iface*>(s.ptr); }

void nSprint(NativeCtx& ctx, uint64_t* s) {
    GoSlice a = argSlice(s, 0);
    std::string out = sprint(ctx, sliceIfaces(a), static_cast<size_t>(a.len));
    retStr(s, 0, ctx.newString(out));
}

void nSprintln(NativeCtx& ctx, uint64_t* s) {
    GoSlice a = argSlice(s, 0);
    std::string out = sprintln(ctx, sliceIfaces(a), static_cast<size_t>(a.len));
    retStr(s, 0, ctx.newString(out));
}

void nSprintf(NativeCtx& ctx, uint64_t* s) {
    std::string_view format = argStr(s, 0);
    GoSlice a = argSlice(s, 2);
    std::string out = sprintf(ctx, format, sliceIfaces(a), static_cast<size_t>(a.len));
    retStr(s, 0, ctx.newString(out));
}

// errorf(format string, a []any) (msg string, wrapped []int)
void nErrorf(NativeCtx& ctx, uint64_t* s) {
    std::string_view format = argStr(s, 0);
    GoSlice a = argSlice(s, 2);
    std::vector<int64_t> wrapped;
    std::string out = sprintf(ctx, format, sliceIfaces(a), static_cast<size_t>(a.len), &wrapped);
    GoSlice ws{nullptr, 0, 0};
    if (!wrapped.empty()) {
        const RType* intT = ctx.typeByName("int");
        void* arr = ctx.allocArray(intT, static_cast<int64_t>(wrapped.size()));
        std::memcpy(arr, wrapped.data(), wrapped.size() * 8);
        ctx.keepAlive(arr);
        ws = GoSlice{arr, static_cast<int64_t>(wrapped.size()), static_cast<int64_t>(wrapped.size())};
    }
    GoString msg = ctx.newString(out);
    retStr(s, 0, msg);
    retSlice(s, 2, ws);
}

}  // namespace

void registerFmt() {
    vm::registerNative("fmt.Sprint", nSprint);
    vm::registerNative("fmt.Sprintln", nSprintln);
    vm::registerNative("fmt.Sprintf", nSprintf);
    vm::registerNative("fmt.errorf", nErrorf);
}

}  // namespace natives

// ---- the public printing API (natives.h) ----

std::string sprint(vm::NativeCtx& ctx, const vm::Iface* args, size_t n) {
    natives::Printer p(ctx);
    p.doPrint(args, n);
    return std::move(p.buf);
}

std::string sprintln(vm::NativeCtx& ctx, const vm::Iface* args, size_t n) {
    natives::Printer p(ctx);
    p.doPrintln(args, n);
    return std::move(p.buf);
}

std::string sprintf(vm::NativeCtx& ctx, std::string_view format, const vm::Iface* args, size_t n,
                    std::vector<int64_t>* wrapped) {
    natives::Printer p(ctx);
    p.wrapErrs = wrapped != nullptr;
    p.wrapped = wrapped;
    p.doPrintf(format, args, n);
    return std::move(p.buf);
}

std::string formatValue(vm::NativeCtx& ctx, const vm::Iface& v, char verb) {
    natives::Printer p(ctx);
    p.printArg(v, static_cast<unsigned char>(verb));
    return std::move(p.buf);
}

std::string printFloat(double v) { return vm::runtimeFloatString(v); }

namespace {

std::string hexAddr(uintptr_t u) {
    char b[32];
    int len = std::snprintf(b, sizeof b, "0x%lx", static_cast<unsigned long>(u));
    return std::string(b, static_cast<size_t>(len));
}

// The builtin print of a basic-kind value at p (runtime/print.go).
std::string printBasic(const vm::RType* t, const void* p, bool& ok) {
    using vm::Kind;
    ok = true;
    switch (t->kind) {
    case Kind::Bool: return *static_cast<const uint8_t*>(p) ? "true" : "false";
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        return std::to_string(natives::loadInt(t, p));
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        return std::to_string(natives::loadUint(t, p));
    case Kind::Float32: case Kind::Float64: return printFloat(natives::loadFloat(t, p));
    case Kind::Complex64: {
        float c[2];
        std::memcpy(c, p, 8);
        return "(" + printFloat(c[0]) + printFloat(c[1]) + "i)";
    }
    case Kind::Complex128: {
        double c[2];
        std::memcpy(c, p, 16);
        return "(" + printFloat(c[0]) + printFloat(c[1]) + "i)";
    }
    case Kind::String: return std::string(natives::loadString(p));
    default: ok = false; return {};
    }
}

}  // namespace

std::string panicValueString(vm::NativeCtx& ctx, const vm::Iface& v) {
    if (v.tab == nullptr) return "nil";
    const vm::RType* t = v.tab->type;
    for (const std::string* name : {&natives::kNameError, &natives::kNameString}) {
        if (natives::isStringMethod(t->findMethod(*name))) {
            uint64_t res[2] = {0, 0};
            if (ctx.callMethod(v, *name, nullptr, 0, res, 2)) return std::string(natives::argStr(res, 0));
        }
    }
    const void* p = natives::ifaceValuePtr(v);
    bool ok;
    std::string s = printBasic(t, p, ok);
    if (ok) {
        if (!t->named) return s;
        if (t->kind == vm::Kind::String) return t->str + "(\"" + s + "\")";
        // runtime.printanycustomtype: a complex value prints its own parentheses
        if (t->kind == vm::Kind::Complex64 || t->kind == vm::Kind::Complex128) return t->str + s;
        return t->str + "(" + s + ")";
    }
    return "(" + t->str + ") " + hexAddr(reinterpret_cast<uintptr_t>(v.data));
}

}  // namespace gomini::stdlib
