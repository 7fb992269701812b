// bigint.cpp — arbitrary-precision integers (see bigint.h for the representation).
//
// The file has two layers:
//   1. magnitude helpers on little-endian vectors of 32-bit limbs (add, sub,
//      schoolbook mul, Knuth's algorithm D for division, shifts), all working
//      on non-negative numbers and returning trimmed vectors;
//   2. BigInt methods, which try the int64 fast path first and otherwise
//      split the value into sign and magnitude, call layer 1, and normalize
//      the result back (fromMag), so a result that fits in int64 is small again.
// Bitwise operations convert both operands to a common width of two's
// complement limbs, operate limb by limb, and convert back.
#include "frontend/bigint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gomini::frontend {

namespace {

using Mag = std::vector<uint32_t>;

void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

Mag magFromU64(uint64_t v) {
    Mag m;
    while (v != 0) {
        m.push_back(uint32_t(v));
        v >>= 32;
    }
    return m;
}

int magCmp(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Mag magAdd(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < x.size(); i++) {
        uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
        r[i] = uint32_t(s);
        carry = s >> 32;
    }
    r[x.size()] = uint32_t(carry);
    trim(r);
    return r;
}

// a - b; requires a >= b.
Mag magSub(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); i++) {
        int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
        borrow = d < 0 ? 1 : 0;
        r[i] = uint32_t(d + (borrow << 32));
    }
    trim(r);
    return r;
}

Mag magMul(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    Mag r(a.size() + b.size());
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t carry = 0;
        uint64_t ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < b.size(); j++) {
            uint64_t t = ai * b[j] + r[i + j] + carry;
            r[i + j] = uint32_t(t);
            carry = t >> 32;
        }
        r[i + b.size()] = uint32_t(carry);
    }
    trim(r);
    return r;
}

// m = m*mul + add, in place.
void magMulAddSmall(Mag& m, uint32_t mul, uint32_t add) {
    uint64_t carry = add;
    for (uint32_t& limb : m) {
        uint64_t t = uint64_t(limb) * mul + carry;
        limb = uint32_t(t);
        carry = t >> 32;
    }
    if (carry != 0) m.push_back(uint32_t(carry));
}

// m = m / d in place; returns the remainder. d != 0.
uint32_t magDivSmall(Mag& m, uint32_t d) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | m[i];
        m[i] = uint32_t(cur / d);
        rem = cur % d;
    }
    trim(m);
    return uint32_t(rem);
}

Mag magShl(const Mag& a, uint64_t n) {
    if (a.empty()) return {};
    size_t limbs = size_t(n / 32);
    unsigned bits = unsigned(n % 32);
    Mag r(a.size() + limbs + 1, 0);
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t v = uint64_t(a[i]) << bits;
        r[i + limbs] |= uint32_t(v);
        r[i + limbs + 1] |= uint32_t(v >> 32);
    }
    trim(r);
    return r;
}

Mag magShr(const Mag& a, uint64_t n) {
    uint64_t limbs = n / 32;
    if (limbs >= a.size()) return {};
    unsigned bits = unsigned(n % 32);
    Mag r(a.size() - size_t(limbs));
    for (size_t i = 0; i < r.size(); i++) {
        uint64_t lo = a[i + limbs];
        uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
        r[i] = uint32_t(((hi << 32) | lo) >> bits);
    }
    trim(r);
    return r;
}

uint64_t magBitLen(const Mag& m) {
    if (m.empty()) return 0;
    return uint64_t(m.size() - 1) * 32 + uint64_t(32 - __builtin_clz(m.back()));
}

// Knuth, TAOCP vol. 2, 4.3.1, algorithm D: q = u / v, r = u % v. v non-empty (trimmed).
void magDivMod(const Mag& u, const Mag& v, Mag* q, Mag* r) {
    if (magCmp(u, v) < 0) {
        if (q) q->clear();
        if (r) *r = u;
        return;
    }
    if (v.size() == 1) {
        Mag qq = u;
        uint32_t rem = magDivSmall(qq, v[0]);
        if (q) *q = std::move(qq);
        if (r) *r = magFromU64(rem);
        return;
    }
    // Normalize so that the divisor's top limb has its high bit set.
    unsigned s = unsigned(__builtin_clz(v.back()));
    Mag vn = magShl(v, s);
    Mag un = magShl(u, s);
    un.resize(u.size() + 1, 0);
    size_t n = vn.size();
    size_t m = u.size() - n;
    Mag qq(m + 1, 0);
    const uint64_t B = uint64_t(1) << 32;
    for (size_t j = m + 1; j-- > 0;) {
        uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1];
        uint64_t rhat = num % vn[n - 1];
        while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B) break;
        }
        // Multiply and subtract qhat*vn from un[j .. j+n].
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = int64_t(un[i + j]) - int64_t(uint32_t(p)) - borrow;
            borrow = t < 0 ? 1 : 0;
            un[i + j] = uint32_t(t + (borrow << 32));
        }
        int64_t t = int64_t(un[j + n]) - int64_t(carry) - borrow;
        un[j + n] = uint32_t(t);
        if (t < 0) {
            // qhat was one too large: add the divisor back.
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < n; i++) {
                uint64_t s2 = uint64_t(un[i + j]) + vn[i] + c;
                un[i + j] = uint32_t(s2);
                c = s2 >> 32;
            }
            un[j + n] = uint32_t(uint64_t(un[j + n]) + c);
        }
        qq[j] = uint32_t(qhat);
    }
    trim(qq);
    if (q) *q = std::move(qq);
    if (r) {
        un.resize(n);
        trim(un);
        *r = magShr(un, s);
    }
}

uint64_t absU64(int64_t v) { return v < 0 ? 0 - uint64_t(v) : uint64_t(v); }

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

// --- representation ---

BigInt BigInt::fromMag(bool neg, Mag m) {
    trim(m);
    BigInt r;
    if (m.size() <= 2) {
        uint64_t u = m.empty() ? 0 : (m.size() == 1 ? m[0] : (uint64_t(m[1]) << 32) | m[0]);
        if (!neg && u <= uint64_t(std::numeric_limits<int64_t>::max())) {
            r.small_ = int64_t(u);
            return r;
        }
        if (neg && u <= (uint64_t(1) << 63)) {
            r.small_ = int64_t(0 - u);
            return r;
        }
    }
    r.neg_ = neg;
    r.mag_ = std::move(m);
    return r;
}

BigInt::Mag BigInt::magnitude() const {
    if (mag_.empty()) return magFromU64(absU64(small_));
    return mag_;
}

BigInt BigInt::fromUint64(uint64_t v) { return fromMag(false, magFromU64(v)); }

std::optional<BigInt> BigInt::fromString(std::string_view digits, int base) {
    if (digits.empty() || base < 2 || base > 36) return std::nullopt;
    // Accumulate chunks of k digits, base^k < 2^32.
    uint32_t chunkMul = 1;
    int k = 0;
    while (uint64_t(chunkMul) * uint64_t(base) <= 0xFFFFFFFFu) {
        chunkMul *= uint32_t(base);
        k++;
    }
    Mag m;
    size_t i = 0;
    while (i < digits.size()) {
        uint32_t mul = 1, val = 0;
        for (int j = 0; j < k && i < digits.size(); j++, i++) {
            int d = digitValue(digits[i]);
            if (d >= base) return std::nullopt;
            val = val * uint32_t(base) + uint32_t(d);
            mul *= uint32_t(base);
        }
        magMulAddSmall(m, mul, val);
        trim(m);
    }
    return fromMag(false, std::move(m));
}

BigInt BigInt::pow2(uint64_t n) { return BigInt(1).shl(n); }

BigInt BigInt::pow(const BigInt& x, uint64_t n) {
    BigInt result(1), b = x;
    while (n != 0) {
        if (n & 1) result = result * b;
        n >>= 1;
        if (n != 0) b = b * b;
    }
    return result;
}

// --- comparison ---

int BigInt::cmp(const BigInt& y) const {
    if (mag_.empty() && y.mag_.empty()) return (small_ > y.small_) - (small_ < y.small_);
    bool xn = isNeg(), yn = y.isNeg();
    if (xn != yn) return xn ? -1 : 1;
    int c = cmpAbs(y);
    return xn ? -c : c;
}

int BigInt::cmpAbs(const BigInt& y) const {
    if (mag_.empty() && y.mag_.empty()) {
        uint64_t a = absU64(small_), b = absU64(y.small_);
        return (a > b) - (a < b);
    }
    return magCmp(magnitude(), y.magnitude());
}

// --- arithmetic ---

BigInt BigInt::operator-() const {
    if (mag_.empty() && small_ != std::numeric_limits<int64_t>::min()) return BigInt(-small_);
    return fromMag(!isNeg(), magnitude());
}

BigInt operator+(const BigInt& x, const BigInt& y) {
    int64_t s;
    if (x.mag_.empty() && y.mag_.empty() && !__builtin_add_overflow(x.small_, y.small_, &s)) return BigInt(s);
    bool xn = x.isNeg(), yn = y.isNeg();
    BigInt::Mag a = x.magnitude(), b = y.magnitude();
    if (xn == yn) return BigInt::fromMag(xn, magAdd(a, b));
    if (magCmp(a, b) >= 0) return BigInt::fromMag(xn, magSub(a, b));
    return BigInt::fromMag(yn, magSub(b, a));
}

BigInt operator-(const BigInt& x, const BigInt& y) {
    int64_t s;
    if (x.mag_.empty() && y.mag_.empty() && !__builtin_sub_overflow(x.small_, y.small_, &s)) return BigInt(s);
    return x + (-y);
}

BigInt operator*(const BigInt& x, const BigInt& y) {
    int64_t p;
    if (x.mag_.empty() && y.mag_.empty() && !__builtin_mul_overflow(x.small_, y.small_, &p)) return BigInt(p);
    return BigInt::fromMag(x.isNeg() != y.isNeg(), magMul(x.magnitude(), y.magnitude()));
}

void BigInt::quoRem(const BigInt& x, const BigInt& y, BigInt* q, BigInt* r) {
    if (y.isZero()) {  // never crash: callers check for zero divisors
        if (q) *q = BigInt();
        if (r) *r = BigInt();
        return;
    }
    if (x.mag_.empty() && y.mag_.empty() &&
        !(x.small_ == std::numeric_limits<int64_t>::min() && y.small_ == -1)) {
        int64_t qq = x.small_ / y.small_, rr = x.small_ % y.small_;
        if (q) *q = BigInt(qq);
        if (r) *r = BigInt(rr);
        return;
    }
    Mag mq, mr;
    magDivMod(x.magnitude(), y.magnitude(), q ? &mq : nullptr, r ? &mr : nullptr);
    bool xn = x.isNeg(), yn = y.isNeg();
    if (q) *q = fromMag(xn != yn, std::move(mq));
    if (r) *r = fromMag(xn, std::move(mr));
}

BigInt BigInt::quo(const BigInt& y) const {
    BigInt q;
    quoRem(*this, y, &q, nullptr);
    return q;
}

BigInt BigInt::rem(const BigInt& y) const {
    BigInt r;
    quoRem(*this, y, nullptr, &r);
    return r;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
    a = a.abs();
    b = b.abs();
    while (!b.isZero()) {
        BigInt r = a.rem(b);
        a = std::move(b);
        b = std::move(r);
    }
    return a;
}

// --- shifts ---

BigInt BigInt::shl(uint64_t n) const {
    if (n == 0 || isZero()) return *this;
    if (mag_.empty()) {
        uint64_t u = absU64(small_);
        if (n < 62 && (u >> (62 - n)) == 0) {
            int64_t v = int64_t(u << n);
            return BigInt(small_ < 0 ? -v : v);
        }
    }
    return fromMag(isNeg(), magShl(magnitude(), n));
}

BigInt BigInt::shr(uint64_t n) const {
    if (n == 0) return *this;
    if (mag_.empty()) {
        if (n >= 63) return BigInt(small_ < 0 ? -1 : 0);
        return BigInt(small_ >> n);  // arithmetic shift (C++20)
    }
    if (!neg_) return fromMag(false, magShr(mag_, n));
    // floor(-m / 2^n) = -(((m-1) >> n) + 1)
    Mag one{1};
    return fromMag(true, magAdd(magShr(magSub(mag_, one), n), one));
}

// --- bitwise (two's complement) ---

BigInt::Mag BigInt::twosComplement(size_t n) const {
    Mag m = magnitude();
    m.resize(n, 0);
    if (isNeg()) {
        uint64_t carry = 1;
        for (uint32_t& limb : m) {
            uint64_t t = uint64_t(uint32_t(~limb)) + carry;
            limb = uint32_t(t);
            carry = t >> 32;
        }
    }
    return m;
}

BigInt BigInt::fromTwosComplement(Mag t) {
    bool neg = !t.empty() && (t.back() & 0x80000000u) != 0;
    if (neg) {
        uint64_t carry = 1;
        for (uint32_t& limb : t) {
            uint64_t v = uint64_t(uint32_t(~limb)) + carry;
            limb = uint32_t(v);
            carry = v >> 32;
        }
    }
    return fromMag(neg, std::move(t));
}

#define GOMINI_BIGINT_BITWISE(NAME, SMALLEXPR, LIMBEXPR)                              \
    BigInt BigInt::NAME(const BigInt& y) const {                                      \
        if (mag_.empty() && y.mag_.empty()) {                                         \
            int64_t a = small_, b = y.small_;                                         \
            return BigInt(SMALLEXPR);                                                 \
        }                                                                             \
        size_t n = std::max(magnitude().size(), y.magnitude().size()) + 1;            \
        Mag ta = twosComplement(n), tb = y.twosComplement(n);                         \
        for (size_t i = 0; i < n; i++) {                                              \
            uint32_t a = ta[i], b = tb[i];                                            \
            ta[i] = (LIMBEXPR);                                                       \
        }                                                                             \
        return fromTwosComplement(std::move(ta));                                     \
    }

GOMINI_BIGINT_BITWISE(bitAnd, a & b, a & b)
GOMINI_BIGINT_BITWISE(bitOr, a | b, a | b)
GOMINI_BIGINT_BITWISE(bitXor, a ^ b, a ^ b)
GOMINI_BIGINT_BITWISE(bitAndNot, a & ~b, a & ~b)
#undef GOMINI_BIGINT_BITWISE

BigInt BigInt::bitNot() const {
    if (mag_.empty()) return BigInt(~small_);
    return -*this - BigInt(1);
}

// --- bits ---

uint64_t BigInt::bitLen() const {
    if (mag_.empty()) {
        uint64_t u = absU64(small_);
        return u == 0 ? 0 : uint64_t(64 - __builtin_clzll(u));
    }
    return magBitLen(mag_);
}

uint64_t BigInt::trailingZeros() const {
    if (mag_.empty()) {
        uint64_t u = absU64(small_);
        return u == 0 ? 0 : uint64_t(__builtin_ctzll(u));
    }
    for (size_t i = 0; i < mag_.size(); i++) {
        if (mag_[i] != 0) return uint64_t(i) * 32 + uint64_t(__builtin_ctz(mag_[i]));
    }
    return 0;
}

bool BigInt::absBit(uint64_t i) const {
    if (mag_.empty()) return i < 64 && ((absU64(small_) >> i) & 1) != 0;
    uint64_t limb = i / 32;
    return limb < mag_.size() && ((mag_[size_t(limb)] >> (i % 32)) & 1) != 0;
}

uint64_t BigInt::absLow64() const {
    if (mag_.empty()) return absU64(small_);
    uint64_t lo = mag_[0];
    if (mag_.size() > 1) lo |= uint64_t(mag_[1]) << 32;
    return lo;
}

// --- conversions ---

std::optional<int64_t> BigInt::toInt64() const {
    if (mag_.empty()) return small_;
    return std::nullopt;
}

std::optional<uint64_t> BigInt::toUint64() const {
    if (mag_.empty()) {
        if (small_ < 0) return std::nullopt;
        return uint64_t(small_);
    }
    if (neg_ || mag_.size() > 2) return std::nullopt;
    return absLow64();
}

double BigInt::toDouble(bool* exact) const {
    if (mag_.empty() && absU64(small_) <= (uint64_t(1) << 53)) {
        if (exact) *exact = true;
        return double(small_);
    }
    double d = roundRatToFloat(abs(), BigInt(1), 0, 53, -1022, 1023, exact);
    return isNeg() ? -d : d;
}

std::string BigInt::toString(int base) const {
    if (base < 2 || base > 36) base = 10;
    if (mag_.empty() && base == 10) return std::to_string(small_);
    static const char digitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    Mag m = magnitude();
    if (m.empty()) return "0";
    uint32_t chunkDiv = 1;
    int k = 0;
    while (uint64_t(chunkDiv) * uint64_t(base) <= 0xFFFFFFFFu) {
        chunkDiv *= uint32_t(base);
        k++;
    }
    std::string rev;  // digits, least significant first
    while (!m.empty()) {
        uint32_t chunk = magDivSmall(m, chunkDiv);
        for (int j = 0; j < k; j++) {
            if (m.empty() && chunk == 0) break;  // no leading zeros in the top chunk
            rev.push_back(digitChars[chunk % uint32_t(base)]);
            chunk /= uint32_t(base);
        }
    }
    if (isNeg()) rev.push_back('-');
    return std::string(rev.rbegin(), rev.rend());
}

// --- rounding to binary floating point ---

double roundRatToFloat(const BigInt& num, const BigInt& den, int64_t exp2, int mantBits, int emin, int emax,
                       bool* exact) {
    if (num.sign() <= 0 || den.sign() <= 0) {
        if (exact) *exact = num.isZero();
        return 0;
    }
    // q = floor(num * 2^s / den) gets mantBits+2 or mantBits+3 bits; the rest goes in `sticky`.
    int64_t s = int64_t(mantBits + 2) - (int64_t(num.bitLen()) - int64_t(den.bitLen()));
    BigInt a = s >= 0 ? num.shl(uint64_t(s)) : num;
    BigInt b = s < 0 ? den.shl(uint64_t(-s)) : den;
    BigInt q, r;
    BigInt::quoRem(a, b, &q, &r);
    bool sticky = !r.isZero();
    uint64_t qv = q.absLow64();
    int64_t bl = 64 - __builtin_clzll(qv);
    int64_t scale = exp2 - s;  // value = (qv + frac) * 2^scale
    // Bits to drop: enough to keep mantBits bits, more when the result is subnormal.
    int64_t drop = bl - mantBits;
    int64_t dropSub = (int64_t(emin) - mantBits + 1) - scale;
    if (dropSub > drop) drop = dropSub;
    uint64_t m, rem, half;
    if (drop > bl) {  // below half of the smallest subnormal
        if (exact) *exact = false;
        return 0;
    }
    if (drop == 64) {
        m = 0;
        rem = qv;
        half = uint64_t(1) << 63;
    } else {
        m = qv >> drop;
        rem = qv & ((uint64_t(1) << drop) - 1);
        half = uint64_t(1) << (drop - 1);
    }
    bool up = rem > half || (rem == half && (sticky || (m & 1) != 0));
    if (up) m++;
    if (exact) *exact = rem == 0 && !sticky;
    int64_t e = scale + drop;  // result = m * 2^e
    if (m == 0) return 0;
    int64_t top = int64_t(64 - __builtin_clzll(m)) - 1 + e;
    if (top > emax) {
        if (exact) *exact = false;
        return std::numeric_limits<double>::infinity();
    }
    return std::ldexp(double(m), int(e));
}

}  // namespace gomini::frontend
