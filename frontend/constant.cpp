// constant.cpp — exact values of Go constants (the twin of go/constant).
//
// Representation (Rep, shared and immutable):
//   Unknown  no Rep at all (Value's pointer is null).
//   Bool     b.
//   String   s (the bytes of the string).
//   Int      num, a BigInt (which has its own int64 fast path).
//   Float    either an exact rational num/den (den > 0, gcd(num, den) == 1),
//            go/constant's ratVal, or — with isBig set — a binary floating
//            point number num * 2^exp with at most kPrec = 512 significant
//            bits and num odd, go/constant's floatVal (a 512-bit big.Float).
//   Complex  re and im, each an Int or a Float Value.
//
// The precision rule (the same as go/constant's, so error messages and
// representability agree with gc):
//   * A rational stays exact while both num and den have fewer than
//     kMaxExp = 4096 bits; a result with a larger part is rounded to a
//     512-bit binary float. So 0.1 + 0.2 == 0.3 exactly, while
//     1e5000 * 1e5000 is approximate (but still far beyond any float64).
//   * Binary floats never go back to rationals. Their exponent (in the
//     0.5 <= mant < 1 convention) is an int32, as big.Float's: a larger value
//     is an overflow (Unknown, "malformed constant" for literals), a smaller
//     one underflows to 0.
//   * A decimal literal whose magnitude is within about 2^±4096 is parsed
//     exactly; beyond that (1e1000000) 10^n is computed by repeated squaring
//     with 600-bit rounding, so the 512-bit result may be off in its last
//     bits. That keeps every literal cheap: no 10^1000000 is ever built.
//   * Numeric literals longer than 10000 characters are rejected (as gc's
//     "excessively long constant"), so exact parsing stays bounded too.
//
// Rounding to float64/float32 (float64Val, float32Val, roundFloat64, ...) is
// correct rounding of the exact value, half to even, with gradual underflow
// (roundRatToFloat in bigint.cpp).
//
// Deliberate differences from go/constant (found by a differential test
// against Go 1.19, in which all other results matched exactly):
//   * float64Val/float32Val report an underflow to 0 as inexact (big.Rat
//     calls it exact);
//   * intDiv(MinInt64, -1) is 2^63 (go/constant wraps to MinInt64);
//   * sign(Complex) is 0 or 1 (go/constant may give -1);
//   * operations that go/constant rejects with a panic give Unknown;
//   * string concatenation copies (go/constant builds a rope lazily).
//
// toString follows go/constant's String: %.6g of the nearest float64 when
// that is finite (and non-zero for a non-zero value), otherwise a decimal
// approximation "m e±d" computed from the binary exponent; strings are
// quoted as by strconv.Quote (with Go's IsPrint table below) and cut to 72
// runes with "...".
#include "frontend/constant.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "frontend/bigint.h"
#include "grammar/literal.h"

namespace gomini::frontend::constant {

namespace {
constexpr int kPrec = 512;       // mantissa bits of approximate floats (go/constant's prec)
constexpr int64_t kMaxExp = 4096;  // rationals keep parts below this many bits (go/constant's maxExp)
constexpr size_t kMaxLiteral = 10000;  // longest accepted numeric literal
constexpr uint64_t kMaxShift = 100000;
constexpr int64_t kMinBigExp = std::numeric_limits<int32_t>::min();
constexpr int64_t kMaxBigExp = std::numeric_limits<int32_t>::max();
}  // namespace

struct Rep {
    Kind kind = Kind::Unknown;
    bool b = false;
    bool isBig = false;  // Float: num * 2^exp instead of num/den
    BigInt num;          // Int value; Float numerator or mantissa
    BigInt den{1};       // Float denominator (rationals only)
    int64_t exp = 0;     // Float binary exponent (isBig only)
    std::string s;       // String
    Value re, im;        // Complex parts (Int or Float)
};

namespace {

// ---------------------------------------------------------------------------
// Binary floating point with a BigInt mantissa (the approximate Float form).

struct BF {
    BigInt m;  // odd or zero
    int64_t e = 0;
    bool isZero() const { return m.isZero(); }
    int64_t mantExp() const { return int64_t(m.bitLen()) + e; }  // value = 0.mmm * 2^mantExp
};

// Rounds m * 2^e (plus a positive fraction below the last bit of m when
// sticky) to prec significant bits, half to even.
BF bfRound(const BigInt& m, int64_t e, bool sticky, int prec = kPrec) {
    if (m.isZero()) return {};
    bool neg = m.isNeg();
    BigInt a = m.abs();
    uint64_t n = a.bitLen();
    if (n > uint64_t(prec)) {
        uint64_t drop = n - uint64_t(prec);
        BigInt q = a.shr(drop);
        BigInt low = a - q.shl(drop);
        int c = low.cmp(BigInt::pow2(drop - 1));
        if (c > 0 || (c == 0 && (sticky || q.isOdd()))) q = q + BigInt(1);
        a = std::move(q);
        e += int64_t(drop);
    }
    uint64_t tz = a.trailingZeros();
    if (tz != 0) {
        a = a.shr(tz);
        e += int64_t(tz);
    }
    return {neg ? -a : a, e};
}

BF bfFromRat(const BigInt& num, const BigInt& den, int prec = kPrec) {
    if (num.isZero()) return {};
    BigInt a = num.abs();
    int64_t k = int64_t(prec) + 2 + int64_t(den.bitLen()) - int64_t(a.bitLen());
    if (k < 0) k = 0;
    BigInt q, r;
    BigInt::quoRem(a.shl(uint64_t(k)), den, &q, &r);
    return bfRound(num.isNeg() ? -q : q, -k, !r.isZero(), prec);
}

BF bfAdd(const BF& a, const BF& b, int prec = kPrec) {
    if (a.isZero()) return b;
    if (b.isZero()) return a;
    int64_t ta = a.mantExp(), tb = b.mantExp();
    if (ta - tb > prec + 64) return a;  // b is far below half an ulp of a
    if (tb - ta > prec + 64) return b;
    int64_t emin = std::min(a.e, b.e);
    BigInt sum = a.m.shl(uint64_t(a.e - emin)) + b.m.shl(uint64_t(b.e - emin));
    return bfRound(sum, emin, false, prec);
}

BF bfNeg(const BF& a) { return {-a.m, a.e}; }

BF bfMul(const BF& a, const BF& b, int prec = kPrec) { return bfRound(a.m * b.m, a.e + b.e, false, prec); }

// b must not be zero.
BF bfQuo(const BF& a, const BF& b, int prec = kPrec) {
    if (a.isZero()) return {};
    BigInt x = a.m.abs(), y = b.m.abs();
    int64_t k = int64_t(prec) + 2 + int64_t(y.bitLen()) - int64_t(x.bitLen());
    if (k < 0) k = 0;
    BigInt q, r;
    BigInt::quoRem(x.shl(uint64_t(k)), y, &q, &r);
    if (a.m.isNeg() != b.m.isNeg()) q = -q;
    return bfRound(q, a.e - b.e - k, !r.isZero(), prec);
}

int bfCmp(const BF& a, const BF& b) {
    int sa = a.m.sign(), sb = b.m.sign();
    if (sa != sb) return sa < sb ? -1 : 1;
    if (sa == 0) return 0;
    int64_t ta = a.mantExp(), tb = b.mantExp();
    int c;
    if (ta != tb) {
        c = ta < tb ? -1 : 1;
    } else {
        int64_t emin = std::min(a.e, b.e);
        c = a.m.abs().shl(uint64_t(a.e - emin)).cmp(b.m.abs().shl(uint64_t(b.e - emin)));
    }
    return sa < 0 ? -c : c;
}

// 10^n (n >= 0), rounded to prec bits at every step.
BF bfPow10(uint64_t n, int prec) {
    BF result{BigInt(1), 0};
    BF base{BigInt(10), 0};
    while (n != 0) {
        if (n & 1) result = bfMul(result, base, prec);
        n >>= 1;
        if (n != 0) base = bfMul(base, base, prec);
    }
    return result;
}

// ---------------------------------------------------------------------------
// Value construction helpers.

Value mk(Rep&& r) { return Value(std::make_shared<const Rep>(std::move(r))); }

Value makeIntV(BigInt i) {
    Rep r;
    r.kind = Kind::Int;
    r.num = std::move(i);
    return mk(std::move(r));
}

// num/den already normalized (den > 0, coprime).
Value makeRatRaw(BigInt num, BigInt den) {
    Rep r;
    r.kind = Kind::Float;
    r.num = std::move(num);
    r.den = std::move(den);
    return mk(std::move(r));
}

Value makeBF(const BF& f) {
    if (f.isZero()) return makeRatRaw(BigInt(0), BigInt(1));
    int64_t me = f.mantExp();
    if (me > kMaxBigExp) return Value();                       // overflow
    if (me < kMinBigExp) return makeRatRaw(BigInt(0), BigInt(1));  // underflow
    Rep r;
    r.kind = Kind::Float;
    r.isBig = true;
    r.num = f.m;
    r.exp = f.e;
    return mk(std::move(r));
}

// Normalizes num/den (den != 0) and picks the exact or approximate form.
Value makeRat(BigInt num, BigInt den) {
    if (den.isNeg()) {
        num = -num;
        den = -den;
    }
    if (!(den == BigInt(1))) {
        BigInt g = BigInt::gcd(num, den);
        if (!(g == BigInt(1)) && !g.isZero()) {
            num = num.quo(g);
            den = den.quo(g);
        }
    }
    if (int64_t(num.bitLen()) < kMaxExp && int64_t(den.bitLen()) < kMaxExp) {
        return makeRatRaw(std::move(num), std::move(den));
    }
    return makeBF(bfFromRat(num, den));
}

Value makeComplexV(Value re, Value im) {
    if (re.isUnknown() || im.isUnknown()) return Value();
    Rep r;
    r.kind = Kind::Complex;
    r.re = std::move(re);
    r.im = std::move(im);
    return mk(std::move(r));
}

BF toBF(const Rep& r) {
    if (r.kind == Kind::Int) return bfRound(r.num, 0, false);
    if (r.isBig) return {r.num, r.exp};
    return bfFromRat(r.num, r.den);
}

// Whether a binary float is small enough to be turned into a rational (go/constant's smallFloat).
bool smallBF(const BF& f) {
    int64_t me = f.mantExp();
    return f.isZero() || (-kMaxExp < me && me < kMaxExp);
}

// f as num/den; f must be smallBF.
void bfToRat(const BF& f, BigInt* num, BigInt* den) {
    if (f.e >= 0) {
        *num = f.m.shl(uint64_t(f.e));
        *den = BigInt(1);
    } else {
        *num = f.m;
        *den = BigInt::pow2(uint64_t(-f.e));
    }
}

// Rounds a Float or Int rep to a binary format.
double roundRep(const Rep& r, int mantBits, int emin, int emax, bool* exact) {
    const BigInt* num = &r.num;
    BigInt one(1);
    const BigInt* den = r.kind == Kind::Float && !r.isBig ? &r.den : &one;
    int64_t e = r.kind == Kind::Float && r.isBig ? r.exp : 0;
    if (num->isZero()) {
        *exact = true;
        return 0;
    }
    double d = roundRatToFloat(num->abs(), *den, e, mantBits, emin, emax, exact);
    return num->isNeg() ? -d : d;
}

}  // namespace

// ---------------------------------------------------------------------------
// Quoting (strconv.Quote / QuoteRune) and UTF-8.

namespace {

// Ranges of runes that Go's strconv.IsPrint accepts (generated from Go 1.19,
// Unicode 13.0.0: letters, marks, numbers, punctuation, symbols and U+0020).
const uint32_t kPrintRanges[][2] = {
    {0x20, 0x7e}, {0xa1, 0xac}, {0xae, 0x377}, {0x37a, 0x37f}, {0x384, 0x38a},
    {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x52f}, {0x531, 0x556}, {0x559, 0x58a},
    {0x58d, 0x58f}, {0x591, 0x5c7}, {0x5d0, 0x5ea}, {0x5ef, 0x5f4}, {0x606, 0x61b},
    {0x61e, 0x6dc}, {0x6de, 0x70d}, {0x710, 0x74a}, {0x74d, 0x7b1}, {0x7c0, 0x7fa},
    {0x7fd, 0x82d}, {0x830, 0x83e}, {0x840, 0x85b}, {0x85e, 0x85e}, {0x860, 0x86a},
    {0x8a0, 0x8b4}, {0x8b6, 0x8c7}, {0x8d3, 0x8e1}, {0x8e3, 0x983}, {0x985, 0x98c},
    {0x98f, 0x990}, {0x993, 0x9a8}, {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9},
    {0x9bc, 0x9c4}, {0x9c7, 0x9c8}, {0x9cb, 0x9ce}, {0x9d7, 0x9d7}, {0x9dc, 0x9dd},
    {0x9df, 0x9e3}, {0x9e6, 0x9fe}, {0xa01, 0xa03}, {0xa05, 0xa0a}, {0xa0f, 0xa10},
    {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33}, {0xa35, 0xa36}, {0xa38, 0xa39},
    {0xa3c, 0xa3c}, {0xa3e, 0xa42}, {0xa47, 0xa48}, {0xa4b, 0xa4d}, {0xa51, 0xa51},
    {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa66, 0xa76}, {0xa81, 0xa83}, {0xa85, 0xa8d},
    {0xa8f, 0xa91}, {0xa93, 0xaa8}, {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9},
    {0xabc, 0xac5}, {0xac7, 0xac9}, {0xacb, 0xacd}, {0xad0, 0xad0}, {0xae0, 0xae3},
    {0xae6, 0xaf1}, {0xaf9, 0xaff}, {0xb01, 0xb03}, {0xb05, 0xb0c}, {0xb0f, 0xb10},
    {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39}, {0xb3c, 0xb44},
    {0xb47, 0xb48}, {0xb4b, 0xb4d}, {0xb55, 0xb57}, {0xb5c, 0xb5d}, {0xb5f, 0xb63},
    {0xb66, 0xb77}, {0xb82, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95},
    {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f}, {0xba3, 0xba4}, {0xba8, 0xbaa},
    {0xbae, 0xbb9}, {0xbbe, 0xbc2}, {0xbc6, 0xbc8}, {0xbca, 0xbcd}, {0xbd0, 0xbd0},
    {0xbd7, 0xbd7}, {0xbe6, 0xbfa}, {0xc00, 0xc0c}, {0xc0e, 0xc10}, {0xc12, 0xc28},
    {0xc2a, 0xc39}, {0xc3d, 0xc44}, {0xc46, 0xc48}, {0xc4a, 0xc4d}, {0xc55, 0xc56},
    {0xc58, 0xc5a}, {0xc60, 0xc63}, {0xc66, 0xc6f}, {0xc77, 0xc8c}, {0xc8e, 0xc90},
    {0xc92, 0xca8}, {0xcaa, 0xcb3}, {0xcb5, 0xcb9}, {0xcbc, 0xcc4}, {0xcc6, 0xcc8},
    {0xcca, 0xccd}, {0xcd5, 0xcd6}, {0xcde, 0xcde}, {0xce0, 0xce3}, {0xce6, 0xcef},
    {0xcf1, 0xcf2}, {0xd00, 0xd0c}, {0xd0e, 0xd10}, {0xd12, 0xd44}, {0xd46, 0xd48},
    {0xd4a, 0xd4f}, {0xd54, 0xd63}, {0xd66, 0xd7f}, {0xd81, 0xd83}, {0xd85, 0xd96},
    {0xd9a, 0xdb1}, {0xdb3, 0xdbb}, {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xdca, 0xdca},
    {0xdcf, 0xdd4}, {0xdd6, 0xdd6}, {0xdd8, 0xddf}, {0xde6, 0xdef}, {0xdf2, 0xdf4},
    {0xe01, 0xe3a}, {0xe3f, 0xe5b}, {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a},
    {0xe8c, 0xea3}, {0xea5, 0xea5}, {0xea7, 0xebd}, {0xec0, 0xec4}, {0xec6, 0xec6},
    {0xec8, 0xecd}, {0xed0, 0xed9}, {0xedc, 0xedf}, {0xf00, 0xf47}, {0xf49, 0xf6c},
    {0xf71, 0xf97}, {0xf99, 0xfbc}, {0xfbe, 0xfcc}, {0xfce, 0xfda}, {0x1000, 0x10c5},
    {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256},
    {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0},
    {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6},
    {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a}, {0x135d, 0x137c}, {0x1380, 0x1399},
    {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1400, 0x167f}, {0x1681, 0x169c}, {0x16a0, 0x16f8},
    {0x1700, 0x170c}, {0x170e, 0x1714}, {0x1720, 0x1736}, {0x1740, 0x1753}, {0x1760, 0x176c},
    {0x176e, 0x1770}, {0x1772, 0x1773}, {0x1780, 0x17dd}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9},
    {0x1800, 0x180d}, {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x18aa}, {0x18b0, 0x18f5},
    {0x1900, 0x191e}, {0x1920, 0x192b}, {0x1930, 0x193b}, {0x1940, 0x1940}, {0x1944, 0x196d},
    {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x19de, 0x1a1b},
    {0x1a1e, 0x1a5e}, {0x1a60, 0x1a7c}, {0x1a7f, 0x1a89}, {0x1a90, 0x1a99}, {0x1aa0, 0x1aad},
    {0x1ab0, 0x1ac0}, {0x1b00, 0x1b4b}, {0x1b50, 0x1b7c}, {0x1b80, 0x1bf3}, {0x1bfc, 0x1c37},
    {0x1c3b, 0x1c49}, {0x1c4d, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cc7}, {0x1cd0, 0x1cfa},
    {0x1d00, 0x1df9}, {0x1dfb, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
    {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d},
    {0x1f80, 0x1fb4}, {0x1fb6, 0x1fc4}, {0x1fc6, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fdd, 0x1fef},
    {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffe}, {0x2010, 0x2027}, {0x2030, 0x205e}, {0x2070, 0x2071},
    {0x2074, 0x208e}, {0x2090, 0x209c}, {0x20a0, 0x20bf}, {0x20d0, 0x20f0}, {0x2100, 0x218b},
    {0x2190, 0x2426}, {0x2440, 0x244a}, {0x2460, 0x2b73}, {0x2b76, 0x2b95}, {0x2b97, 0x2c2e},
    {0x2c30, 0x2c5e}, {0x2c60, 0x2cf3}, {0x2cf9, 0x2d25}, {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d},
    {0x2d30, 0x2d67}, {0x2d6f, 0x2d70}, {0x2d7f, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae},
    {0x2db0, 0x2db6}, {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6},
    {0x2dd8, 0x2dde}, {0x2de0, 0x2e52}, {0x2e80, 0x2e99}, {0x2e9b, 0x2ef3}, {0x2f00, 0x2fd5},
    {0x2ff0, 0x2ffb}, {0x3001, 0x303f}, {0x3041, 0x3096}, {0x3099, 0x30ff}, {0x3105, 0x312f},
    {0x3131, 0x318e}, {0x3190, 0x31e3}, {0x31f0, 0x321e}, {0x3220, 0x9ffc}, {0xa000, 0xa48c},
    {0xa490, 0xa4c6}, {0xa4d0, 0xa62b}, {0xa640, 0xa6f7}, {0xa700, 0xa7bf}, {0xa7c2, 0xa7ca},
    {0xa7f5, 0xa82c}, {0xa830, 0xa839}, {0xa840, 0xa877}, {0xa880, 0xa8c5}, {0xa8ce, 0xa8d9},
    {0xa8e0, 0xa953}, {0xa95f, 0xa97c}, {0xa980, 0xa9cd}, {0xa9cf, 0xa9d9}, {0xa9de, 0xa9fe},
    {0xaa00, 0xaa36}, {0xaa40, 0xaa4d}, {0xaa50, 0xaa59}, {0xaa5c, 0xaac2}, {0xaadb, 0xaaf6},
    {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e},
    {0xab30, 0xab6b}, {0xab70, 0xabed}, {0xabf0, 0xabf9}, {0xac00, 0xd7a3}, {0xd7b0, 0xd7c6},
    {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17},
    {0xfb1d, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41}, {0xfb43, 0xfb44},
    {0xfb46, 0xfbc1}, {0xfbd3, 0xfd3f}, {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfd},
    {0xfe00, 0xfe19}, {0xfe20, 0xfe52}, {0xfe54, 0xfe66}, {0xfe68, 0xfe6b}, {0xfe70, 0xfe74},
    {0xfe76, 0xfefc}, {0xff01, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7},
    {0xffda, 0xffdc}, {0xffe0, 0xffe6}, {0xffe8, 0xffee}, {0xfffc, 0xfffd}, {0x10000, 0x1000b},
    {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
    {0x10080, 0x100fa}, {0x10100, 0x10102}, {0x10107, 0x10133}, {0x10137, 0x1018e}, {0x10190, 0x1019c},
    {0x101a0, 0x101a0}, {0x101d0, 0x101fd}, {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e0, 0x102fb},
    {0x10300, 0x10323}, {0x1032d, 0x1034a}, {0x10350, 0x1037a}, {0x10380, 0x1039d}, {0x1039f, 0x103c3},
    {0x103c8, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x1056f, 0x1056f}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838},
    {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10857, 0x1089e}, {0x108a7, 0x108af}, {0x108e0, 0x108f2},
    {0x108f4, 0x108f5}, {0x108fb, 0x1091b}, {0x1091f, 0x10939}, {0x1093f, 0x1093f}, {0x10980, 0x109b7},
    {0x109bc, 0x109cf}, {0x109d2, 0x10a03}, {0x10a05, 0x10a06}, {0x10a0c, 0x10a13}, {0x10a15, 0x10a17},
    {0x10a19, 0x10a35}, {0x10a38, 0x10a3a}, {0x10a3f, 0x10a48}, {0x10a50, 0x10a58}, {0x10a60, 0x10a9f},
    {0x10ac0, 0x10ae6}, {0x10aeb, 0x10af6}, {0x10b00, 0x10b35}, {0x10b39, 0x10b55}, {0x10b58, 0x10b72},
    {0x10b78, 0x10b91}, {0x10b99, 0x10b9c}, {0x10ba9, 0x10baf}, {0x10c00, 0x10c48}, {0x10c80, 0x10cb2},
    {0x10cc0, 0x10cf2}, {0x10cfa, 0x10d27}, {0x10d30, 0x10d39}, {0x10e60, 0x10e7e}, {0x10e80, 0x10ea9},
    {0x10eab, 0x10ead}, {0x10eb0, 0x10eb1}, {0x10f00, 0x10f27}, {0x10f30, 0x10f59}, {0x10fb0, 0x10fcb},
    {0x10fe0, 0x10ff6}, {0x11000, 0x1104d}, {0x11052, 0x1106f}, {0x1107f, 0x110bc}, {0x110be, 0x110c1},
    {0x110d0, 0x110e8}, {0x110f0, 0x110f9}, {0x11100, 0x11134}, {0x11136, 0x11147}, {0x11150, 0x11176},
    {0x11180, 0x111df}, {0x111e1, 0x111f4}, {0x11200, 0x11211}, {0x11213, 0x1123e}, {0x11280, 0x11286},
    {0x11288, 0x11288}, {0x1128a, 0x1128d}, {0x1128f, 0x1129d}, {0x1129f, 0x112a9}, {0x112b0, 0x112ea},
    {0x112f0, 0x112f9}, {0x11300, 0x11303}, {0x11305, 0x1130c}, {0x1130f, 0x11310}, {0x11313, 0x11328},
    {0x1132a, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133b, 0x11344}, {0x11347, 0x11348},
    {0x1134b, 0x1134d}, {0x11350, 0x11350}, {0x11357, 0x11357}, {0x1135d, 0x11363}, {0x11366, 0x1136c},
    {0x11370, 0x11374}, {0x11400, 0x1145b}, {0x1145d, 0x11461}, {0x11480, 0x114c7}, {0x114d0, 0x114d9},
    {0x11580, 0x115b5}, {0x115b8, 0x115dd}, {0x11600, 0x11644}, {0x11650, 0x11659}, {0x11660, 0x1166c},
    {0x11680, 0x116b8}, {0x116c0, 0x116c9}, {0x11700, 0x1171a}, {0x1171d, 0x1172b}, {0x11730, 0x1173f},
    {0x11800, 0x1183b}, {0x118a0, 0x118f2}, {0x118ff, 0x11906}, {0x11909, 0x11909}, {0x1190c, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x11935}, {0x11937, 0x11938}, {0x1193b, 0x11946}, {0x11950, 0x11959},
    {0x119a0, 0x119a7}, {0x119aa, 0x119d7}, {0x119da, 0x119e4}, {0x11a00, 0x11a47}, {0x11a50, 0x11aa2},
    {0x11ac0, 0x11af8}, {0x11c00, 0x11c08}, {0x11c0a, 0x11c36}, {0x11c38, 0x11c45}, {0x11c50, 0x11c6c},
    {0x11c70, 0x11c8f}, {0x11c92, 0x11ca7}, {0x11ca9, 0x11cb6}, {0x11d00, 0x11d06}, {0x11d08, 0x11d09},
    {0x11d0b, 0x11d36}, {0x11d3a, 0x11d3a}, {0x11d3c, 0x11d3d}, {0x11d3f, 0x11d47}, {0x11d50, 0x11d59},
    {0x11d60, 0x11d65}, {0x11d67, 0x11d68}, {0x11d6a, 0x11d8e}, {0x11d90, 0x11d91}, {0x11d93, 0x11d98},
    {0x11da0, 0x11da9}, {0x11ee0, 0x11ef8}, {0x11fb0, 0x11fb0}, {0x11fc0, 0x11ff1}, {0x11fff, 0x12399},
    {0x12400, 0x1246e}, {0x12470, 0x12474}, {0x12480, 0x12543}, {0x13000, 0x1342e}, {0x14400, 0x14646},
    {0x16800, 0x16a38}, {0x16a40, 0x16a5e}, {0x16a60, 0x16a69}, {0x16a6e, 0x16a6f}, {0x16ad0, 0x16aed},
    {0x16af0, 0x16af5}, {0x16b00, 0x16b45}, {0x16b50, 0x16b59}, {0x16b5b, 0x16b61}, {0x16b63, 0x16b77},
    {0x16b7d, 0x16b8f}, {0x16e40, 0x16e9a}, {0x16f00, 0x16f4a}, {0x16f4f, 0x16f87}, {0x16f8f, 0x16f9f},
    {0x16fe0, 0x16fe4}, {0x16ff0, 0x16ff1}, {0x17000, 0x187f7}, {0x18800, 0x18cd5}, {0x18d00, 0x18d08},
    {0x1b000, 0x1b11e}, {0x1b150, 0x1b152}, {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb}, {0x1bc00, 0x1bc6a},
    {0x1bc70, 0x1bc7c}, {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99}, {0x1bc9c, 0x1bc9f}, {0x1d000, 0x1d0f5},
    {0x1d100, 0x1d126}, {0x1d129, 0x1d172}, {0x1d17b, 0x1d1e8}, {0x1d200, 0x1d245}, {0x1d2e0, 0x1d2f3},
    {0x1d300, 0x1d356}, {0x1d360, 0x1d378}, {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f},
    {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9}, {0x1d4bb, 0x1d4bb},
    {0x1d4bd, 0x1d4c3}, {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a}, {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c},
    {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e}, {0x1d540, 0x1d544}, {0x1d546, 0x1d546}, {0x1d54a, 0x1d550},
    {0x1d552, 0x1d6a5}, {0x1d6a8, 0x1d7cb}, {0x1d7ce, 0x1da8b}, {0x1da9b, 0x1da9f}, {0x1daa1, 0x1daaf},
    {0x1e000, 0x1e006}, {0x1e008, 0x1e018}, {0x1e01b, 0x1e021}, {0x1e023, 0x1e024}, {0x1e026, 0x1e02a},
    {0x1e100, 0x1e12c}, {0x1e130, 0x1e13d}, {0x1e140, 0x1e149}, {0x1e14e, 0x1e14f}, {0x1e2c0, 0x1e2f9},
    {0x1e2ff, 0x1e2ff}, {0x1e800, 0x1e8c4}, {0x1e8c7, 0x1e8d6}, {0x1e900, 0x1e94b}, {0x1e950, 0x1e959},
    {0x1e95e, 0x1e95f}, {0x1ec71, 0x1ecb4}, {0x1ed01, 0x1ed3d}, {0x1ee00, 0x1ee03}, {0x1ee05, 0x1ee1f},
    {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24}, {0x1ee27, 0x1ee27}, {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37},
    {0x1ee39, 0x1ee39}, {0x1ee3b, 0x1ee3b}, {0x1ee42, 0x1ee42}, {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49},
    {0x1ee4b, 0x1ee4b}, {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54}, {0x1ee57, 0x1ee57},
    {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d}, {0x1ee5f, 0x1ee5f}, {0x1ee61, 0x1ee62},
    {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a}, {0x1ee6c, 0x1ee72}, {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c},
    {0x1ee7e, 0x1ee7e}, {0x1ee80, 0x1ee89}, {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9},
    {0x1eeab, 0x1eebb}, {0x1eef0, 0x1eef1}, {0x1f000, 0x1f02b}, {0x1f030, 0x1f093}, {0x1f0a0, 0x1f0ae},
    {0x1f0b1, 0x1f0bf}, {0x1f0c1, 0x1f0cf}, {0x1f0d1, 0x1f0f5}, {0x1f100, 0x1f1ad}, {0x1f1e6, 0x1f202},
    {0x1f210, 0x1f23b}, {0x1f240, 0x1f248}, {0x1f250, 0x1f251}, {0x1f260, 0x1f265}, {0x1f300, 0x1f6d7},
    {0x1f6e0, 0x1f6ec}, {0x1f6f0, 0x1f6fc}, {0x1f700, 0x1f773}, {0x1f780, 0x1f7d8}, {0x1f7e0, 0x1f7eb},
    {0x1f800, 0x1f80b}, {0x1f810, 0x1f847}, {0x1f850, 0x1f859}, {0x1f860, 0x1f887}, {0x1f890, 0x1f8ad},
    {0x1f8b0, 0x1f8b1}, {0x1f900, 0x1f978}, {0x1f97a, 0x1f9cb}, {0x1f9cd, 0x1fa53}, {0x1fa60, 0x1fa6d},
    {0x1fa70, 0x1fa74}, {0x1fa78, 0x1fa7a}, {0x1fa80, 0x1fa86}, {0x1fa90, 0x1faa8}, {0x1fab0, 0x1fab6},
    {0x1fac0, 0x1fac2}, {0x1fad0, 0x1fad6}, {0x1fb00, 0x1fb92}, {0x1fb94, 0x1fbca}, {0x1fbf0, 0x1fbf9},
    {0x20000, 0x2a6dd}, {0x2a700, 0x2b734}, {0x2b740, 0x2b81d}, {0x2b820, 0x2cea1}, {0x2ceb0, 0x2ebe0},
    {0x2f800, 0x2fa1d}, {0x30000, 0x3134a}, {0xe0100, 0xe01ef},
};

bool isPrint(uint32_t r) {
    size_t lo = 0, hi = sizeof(kPrintRanges) / sizeof(kPrintRanges[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r < kPrintRanges[mid][0]) {
            hi = mid;
        } else if (r > kPrintRanges[mid][1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

constexpr uint32_t kRuneError = 0xFFFD;

// Decodes one rune at s[i] as Go's utf8.DecodeRuneInString: an invalid or
// incomplete sequence (including surrogates and overlong forms) gives
// (RuneError, 1).
std::pair<uint32_t, size_t> decodeRune(std::string_view s, size_t i) {
    unsigned char c0 = static_cast<unsigned char>(s[i]);
    if (c0 < 0x80) return {c0, 1};
    size_t n;
    uint32_t r, min;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        n = 2, r = c0 & 0x1F, min = 0x80;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        n = 3, r = c0 & 0x0F, min = 0x800;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        n = 4, r = c0 & 0x07, min = 0x10000;
    } else {
        return {kRuneError, 1};
    }
    if (i + n > s.size()) return {kRuneError, 1};
    for (size_t k = 1; k < n; k++) {
        unsigned char c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return {kRuneError, 1};
        r = (r << 6) | (c & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return {kRuneError, 1};
    return {r, n};
}

void appendUTF8(std::string& out, uint32_t r) {
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
    if (r < 0x80) {
        out.push_back(char(r));
    } else if (r < 0x800) {
        out.push_back(char(0xC0 | (r >> 6)));
        out.push_back(char(0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
        out.push_back(char(0xE0 | (r >> 12)));
        out.push_back(char(0x80 | ((r >> 6) & 0x3F)));
        out.push_back(char(0x80 | (r & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (r >> 18)));
        out.push_back(char(0x80 | ((r >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((r >> 6) & 0x3F)));
        out.push_back(char(0x80 | (r & 0x3F)));
    }
}

void appendHex(std::string& out, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--) out.push_back(hex[(v >> (4 * i)) & 0xF]);
}

// Appends rune r (of encoded width `width`, 1 with r == RuneError for a bad
// byte `badByte`) escaped as strconv.Quote does inside `quote` quotes.
void appendEscapedRune(std::string& out, uint32_t r, size_t width, unsigned char badByte, char quote) {
    if (width == 1 && r == kRuneError) {
        out += "\\x";
        appendHex(out, badByte, 2);
        return;
    }
    if (r == uint32_t(quote) || r == '\\') {
        out.push_back('\\');
        out.push_back(char(r));
        return;
    }
    if (isPrint(r)) {
        appendUTF8(out, r);
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
    default: break;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        appendHex(out, r, 2);
    } else if (r < 0x10000) {
        out += "\\u";
        appendHex(out, r, 4);
    } else {
        out += "\\U";
        appendHex(out, r, 8);
    }
}

// strconv.Quote.
std::string quote(std::string_view s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        auto [r, w] = decodeRune(s, i);
        appendEscapedRune(out, r, w, static_cast<unsigned char>(s[i]), '"');
        i += w;
    }
    out.push_back('"');
    return out;
}

// strconv.QuoteRune (used in literal error messages, like gc's %q of a rune).
std::string quoteRune(uint32_t r) {
    std::string out = "'";
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
    appendEscapedRune(out, r, r < 0x80 ? 1 : 2, 0, '\'');
    out.push_back('\'');
    return out;
}

// ---------------------------------------------------------------------------
// Number formatting.

std::string fmtG6(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return buf;
}

// go/constant's String of a Float: %.6g of the nearest float64 when that is
// finite and non-zero (for a non-zero value); otherwise m * 10^d estimated
// from the binary exponent.
std::string floatString(const Rep& r) {
    bool exact;
    double x = roundRep(r, 53, -1022, 1023, &exact);
    if ((r.num.isZero() == (x == 0)) && !std::isinf(x)) return fmtG6(x);
    BF f = toBF(r);
    bool ex2;
    uint64_t n = f.m.bitLen();
    double m = roundRatToFloat(f.m.abs(), BigInt(1), -int64_t(n), 53, -1022, 1023, &ex2);  // 0.5 <= m <= 1
    if (f.m.isNeg()) m = -m;
    int64_t exp = f.mantExp();
    const double log10of2 = 0.30102999566398119521373889472449302676818988146210854131;
    double d = double(exp) * log10of2;
    int64_t e = int64_t(d);
    m *= std::pow(10.0, d - double(e));
    double am = std::fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
    return buf;
}

// big.Float's Text('p', 0): "0x.<hex mantissa>p<exp>" with 0.5 <= mantissa < 1.
std::string bigFloatExactString(const Rep& r) {
    if (r.num.isZero()) return "0";
    BigInt a = r.num.abs();
    uint64_t n = a.bitLen();
    int64_t exp = int64_t(n) + r.exp;
    // Left-align the mantissa bits to a multiple of 4 and drop trailing zero digits.
    uint64_t pad = (4 - n % 4) % 4;
    std::string hex = a.shl(pad).toString(16);
    while (hex.size() > 1 && hex.back() == '0') hex.pop_back();
    std::string out = r.num.isNeg() ? "-0x." : "0x.";
    out += hex;
    out += "p";
    if (exp >= 0) out += "+";
    out += std::to_string(exp);
    return out;
}

}  // namespace

size_t runeCount(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) i += decodeRune(s, i).second;
    return n;
}

// ---------------------------------------------------------------------------
// Value

Value::Value() = default;
Value::Value(std::shared_ptr<const Rep> r) : rep_(std::move(r)) {}
Kind Value::kind() const { return rep_ ? rep_->kind : Kind::Unknown; }

std::string Value::toString() const {
    if (!rep_) return "unknown";
    const Rep& r = *rep_;
    switch (r.kind) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return r.b ? "true" : "false";
    case Kind::String: {
        constexpr size_t maxLen = 72;
        std::string q = quote(r.s);
        // Count runes; keep the first maxLen-3 and add "..." when longer than maxLen.
        size_t runes = 0, cut = 0;
        for (size_t i = 0; i < q.size();) {
            if (runes == maxLen - 3) cut = i;
            i += decodeRune(q, i).second;
            runes++;
        }
        if (runes > maxLen) return q.substr(0, cut) + "...";
        return q;
    }
    case Kind::Int: return r.num.toString();
    case Kind::Float: return floatString(r);
    case Kind::Complex: return "(" + r.re.toString() + " + " + r.im.toString() + "i)";
    }
    return "unknown";
}

std::string Value::exactString() const {
    if (!rep_) return "unknown";
    const Rep& r = *rep_;
    switch (r.kind) {
    case Kind::String: return quote(r.s);
    case Kind::Float:
        if (r.isBig) return bigFloatExactString(r);
        if (r.den == BigInt(1)) return r.num.toString();
        return r.num.toString() + "/" + r.den.toString();
    case Kind::Complex: return "(" + r.re.exactString() + " + " + r.im.exactString() + "i)";
    default: return toString();
    }
}

// ---------------------------------------------------------------------------
// Construction

Value makeUnknown() { return Value(); }

Value makeBool(bool b) {
    Rep r;
    r.kind = Kind::Bool;
    r.b = b;
    return mk(std::move(r));
}

Value makeString(std::string s) {
    Rep r;
    r.kind = Kind::String;
    r.s = std::move(s);
    return mk(std::move(r));
}

Value makeInt64(int64_t x) { return makeIntV(BigInt(x)); }
Value makeUint64(uint64_t x) { return makeIntV(BigInt::fromUint64(x)); }

Value makeFloat64(double x) {
    if (std::isinf(x) || std::isnan(x)) return Value();
    if (x == 0) return makeRatRaw(BigInt(0), BigInt(1));  // also turns -0 into 0
    int e;
    double frac = std::frexp(std::fabs(x), &e);         // x = frac * 2^e, 0.5 <= frac < 1
    auto m = int64_t(std::ldexp(frac, 53));             // exact: 53-bit integer
    BF f = bfRound(BigInt(x < 0 ? -m : m), int64_t(e) - 53, false);  // strips trailing zeros
    BigInt num, den;
    bfToRat(f, &num, &den);  // |exponent| <= 1075, always a small rational
    return makeRatRaw(std::move(num), std::move(den));
}

Value makeImag(const Value& x) {
    if (x.kind() != Kind::Int && x.kind() != Kind::Float) return Value();
    return makeComplexV(makeInt64(0), x);
}

// ---------------------------------------------------------------------------
// Literals. The checks follow cmd/compile/internal/syntax's scanner so that
// the messages are gc's; the values follow go/constant's MakeFromLiteral.

namespace {

using grammar::isDecimal;
using grammar::isHex;
char lower(char c) { return grammar::lowerASCII(c); }

const char* baseName(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

// The rune starting at lit[i], for error messages.
uint32_t runeAt(std::string_view s, size_t i) { return i < s.size() ? decodeRune(s, i).first : 0; }

using grammar::invalidSep;

struct NumberScan {
    bool ok = true;
    std::string err;
    LitKind kind = LitKind::Int;
    int base = 10;
    char prefix = 0;           // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
    std::string mant;          // mantissa digits without '_' and without the radix point
    size_t fracDigits = 0;     // digits after the radix point
    bool hasExp = false;
    bool expNeg = false;
    std::string expDigits;     // exponent digits without '_'
};

// Scans a numeric literal as gc's scanner does and records its parts.
NumberScan scanNumber(std::string_view lit) {
    NumberScan s;
    size_t i = 0;
    int digsep = 0;  // bit 0: a digit was seen, bit 1: a '_' was seen
    long invalid = -1;
    auto fail = [&](std::string msg) {
        if (s.ok) {
            s.ok = false;
            s.err = std::move(msg);
        }
    };
    auto ch = [&]() -> char { return i < lit.size() ? lit[i] : '\0'; };
    auto digits = [&](int base, bool record, std::string* into) {
        int ds = 0;
        while (i < lit.size()) {
            char c = lit[i];
            bool digit = base <= 10 ? isDecimal(c) : isHex(c);
            if (!digit && c != '_') break;
            if (c == '_') {
                ds |= 2;
            } else {
                ds |= 1;
                if (base <= 10 && c >= char('0' + base) && record && invalid < 0) invalid = long(i);
                if (into) into->push_back(c);
            }
            i++;
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
            char p = lower(ch());
            if (p == 'x' || p == 'o' || p == 'b') {
                i++;
                s.prefix = p;
                s.base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            } else {
                s.base = 8;
                s.prefix = '0';
                digsep = 1;  // the leading 0
                s.mant.push_back('0');
            }
        }
        digsep |= digits(s.base, true, &s.mant);
        if (ch() == '.') {
            if (s.prefix == 'o' || s.prefix == 'b') {
                fail(std::string("invalid radix point in ") + baseName(s.base) + " literal");
            }
            i++;
            seenPoint = true;
        }
    }
    if (seenPoint) {
        s.kind = LitKind::Float;
        size_t before = s.mant.size();
        digsep |= digits(s.base, true, &s.mant);
        s.fracDigits = s.mant.size() - before;
    }
    if ((digsep & 1) == 0) fail(std::string(baseName(s.base)) + " literal has no digits");

    char e = lower(ch());
    if (e == 'e' || e == 'p') {
        if (e == 'e' && s.prefix != 0 && s.prefix != '0') {
            fail(quoteRune(uint32_t(ch())) + " exponent requires decimal mantissa");
        } else if (e == 'p' && s.prefix != 'x') {
            fail(quoteRune(uint32_t(ch())) + " exponent requires hexadecimal mantissa");
        }
        i++;
        s.kind = LitKind::Float;
        s.hasExp = true;
        if (ch() == '+' || ch() == '-') {
            s.expNeg = ch() == '-';
            i++;
        }
        int ds = digits(10, false, &s.expDigits);
        digsep = ds | (digsep & 2);
        if ((ds & 1) == 0) fail("exponent has no digits");
    } else if (s.prefix == 'x' && s.kind == LitKind::Float) {
        fail("hexadecimal mantissa requires a 'p' exponent");
    }
    if (ch() == 'i') {
        s.kind = LitKind::Imag;
        i++;
    }
    if (i != lit.size()) fail("malformed constant: " + std::string(lit));
    if (s.kind == LitKind::Int && invalid >= 0) {
        fail("invalid digit " + quoteRune(runeAt(lit, size_t(invalid))) + " in " + baseName(s.base) + " literal");
    }
    if ((digsep & 2) != 0 && invalidSep(lit) >= 0) fail("'_' must separate successive digits");
    return s;
}

// Parses exponent digits, saturating far beyond any representable value.
int64_t parseExponent(const std::string& digits, bool neg) {
    int64_t v = 0;
    for (char c : digits) {
        v = v * 10 + (c - '0');
        if (v > (int64_t(1) << 40)) {
            v = int64_t(1) << 40;
            break;
        }
    }
    return neg ? -v : v;
}

// mant * 2^exp2 for a hexadecimal float: exact when its binary exponent is small.
Value binaryFloatValue(const BigInt& mant, int64_t exp2) {
    if (mant.isZero()) return makeRatRaw(BigInt(0), BigInt(1));
    int64_t me = int64_t(mant.bitLen()) + exp2;
    if (-kMaxExp < me && me < kMaxExp) {
        auto tz = int64_t(mant.trailingZeros());
        BigInt m = mant.shr(uint64_t(tz));
        int64_t e = exp2 + tz;
        if (e >= 0) return makeRatRaw(m.shl(uint64_t(e)), BigInt(1));
        return makeRatRaw(std::move(m), BigInt::pow2(uint64_t(-e)));
    }
    return makeBF(bfRound(mant, exp2, false));
}

// mant * 10^exp10 for a decimal float.
Value decimalFloatValue(const BigInt& mant, int64_t exp10, size_t mantDigits) {
    if (mant.isZero()) return makeRatRaw(BigInt(0), BigInt(1));
    // Decimal magnitude, within 1: log10(value) ~ mantDigits - 1 + exp10.
    int64_t mag10 = int64_t(mantDigits) - 1 + exp10;
    if (mag10 > -1300 && mag10 < 1300) {
        BigInt num = mant, den(1);
        if (exp10 >= 0) {
            num = mant * BigInt::pow(BigInt(10), uint64_t(exp10));
        } else {
            den = BigInt::pow(BigInt(10), uint64_t(-exp10));
            BigInt g = BigInt::gcd(num, den);
            num = num.quo(g);
            den = den.quo(g);
        }
        int64_t me = int64_t(num.bitLen()) - int64_t(den.bitLen());  // mantExp is me or me+1
        if (-kMaxExp < me && me + 1 < kMaxExp) return makeRatRaw(std::move(num), std::move(den));
        return makeBF(bfFromRat(num, den));
    }
    // Far out of the exact range: 10^|exp10| by rounded squaring.
    if (mag10 > 1000000000) return Value();  // beyond big.Float's int32 exponent
    if (mag10 < -1000000000) return makeRatRaw(BigInt(0), BigInt(1));
    constexpr int work = kPrec + 88;
    BF m = bfRound(mant, 0, false, work);
    BF p = bfPow10(uint64_t(exp10 < 0 ? -exp10 : exp10), work);
    BF v = exp10 >= 0 ? bfMul(m, p, work) : bfQuo(m, p, work);
    return makeBF(bfRound(v.m, v.e, false));
}

Value numberValue(const NumberScan& s) {
    if (s.kind == LitKind::Int) {
        std::string_view digits = s.mant;
        if (s.prefix == '0') digits.remove_prefix(1);  // legacy octal: skip the leading 0
        if (digits.empty()) return makeInt64(0);
        auto v = BigInt::fromString(digits, s.base);
        return v ? makeIntV(*v) : Value();
    }
    Value f;
    if (s.prefix == 'x') {
        auto m = BigInt::fromString(s.mant, 16);
        if (!m) return Value();
        int64_t e = (s.hasExp ? parseExponent(s.expDigits, s.expNeg) : 0) - 4 * int64_t(s.fracDigits);
        if (e < kMinBigExp - 2 || e > kMaxBigExp) return Value();  // as big.Float's scan: malformed
        f = binaryFloatValue(*m, e);
    } else if (s.prefix == 'o' || s.prefix == 'b') {
        auto m = BigInt::fromString(s.mant, s.base);  // imaginary only: no point, no exponent
        if (!m) return Value();
        f = makeRat(*m, BigInt(1));
    } else {
        // Decimal (a legacy-octal-looking mantissa of a float or imaginary literal is decimal).
        std::string_view digits = s.mant;
        size_t lead = 0;
        while (lead + 1 < digits.size() && digits[lead] == '0') lead++;
        digits.remove_prefix(lead);
        auto m = BigInt::fromString(digits, 10);
        if (!m) return Value();
        int64_t e = (s.hasExp ? parseExponent(s.expDigits, s.expNeg) : 0) - int64_t(s.fracDigits);
        if (e < kMinBigExp - 2 || e > kMaxBigExp) return Value();  // as big.Float's scan: malformed
        f = decimalFloatValue(*m, e, digits.size());
    }
    if (s.kind == LitKind::Imag) return makeComplexV(makeInt64(0), f);
    return f;
}

// Reads one escape after the backslash at lit[i] (gc's scanner escape()).
// Appends the rune (or byte, for \x and octal escapes) to *out and advances i.
bool readEscape(std::string_view lit, size_t& i, char quoteCh, std::string* out, uint32_t* value, std::string* err) {
    char c = i < lit.size() ? lit[i] : '\0';
    int n;
    uint32_t base, max;
    auto put = [&](uint32_t v, bool isByte) {
        if (value) *value = v;
        if (out) {
            if (isByte) {
                out->push_back(char(v));
            } else {
                appendUTF8(*out, v);
            }
        }
    };
    if (c == quoteCh) {
        i++;
        put(uint32_t(c), true);
        return true;
    }
    // Single-character escapes: the letter, then the byte it stands for.
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    for (size_t k = 0; simple[k] != '\0'; k += 2) {
        if (c == simple[k]) {
            i++;
            put(uint32_t(simple[k + 1]), true);
            return true;
        }
    }
    if (c >= '0' && c <= '7') {
        n = 3;
        base = 8;
        max = 255;
    } else if (c == 'x' || c == 'u' || c == 'U') {
        i++;
        n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        base = 16;
        max = c == 'x' ? 255 : 0x10FFFF;
    } else {
        if (err) *err = "unknown escape";
        return false;
    }
    uint32_t x = 0;
    for (int k = 0; k < n; k++) {
        char d = i < lit.size() ? lit[i] : '\0';
        uint32_t v = base;
        if (isDecimal(d)) {
            v = uint32_t(d - '0');
        } else if (lower(d) >= 'a' && lower(d) <= 'f') {
            v = uint32_t(lower(d) - 'a' + 10);
        }
        if (v >= base) {
            if (err) *err = "invalid character " + quoteRune(runeAt(lit, i)) + " in " + baseName(int(base)) + " escape";
            return false;
        }
        x = x * base + v;
        i++;
    }
    if (x > max && base == 8) {
        if (err) *err = "octal escape value " + std::to_string(x) + " > 255";
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "U+%04X", x);
        if (err) *err = std::string("escape is invalid Unicode code point ") + buf;
        return false;
    }
    put(x, max == 255);
    return true;
}

Value runeLiteral(std::string_view lit, std::string* err) {
    if (lit.size() < 2 || lit.front() != '\'' || lit.back() != '\'') {
        if (err) *err = "rune literal not terminated";
        return Value();
    }
    // Escapes read from the whole literal, so that a short one ('\x4') meets the closing quote, as in gc.
    size_t end = lit.size() - 1, i = 1;
    int n = 0;
    uint32_t value = 0;
    while (i < end) {
        char c = lit[i];
        if (c == '\\') {
            i++;
            if (!readEscape(lit, i, '\'', nullptr, &value, err)) return Value();
        } else if (c == '\n') {
            if (err) *err = "newline in rune literal";
            return Value();
        } else {
            auto [r, w] = decodeRune(lit.substr(0, end), i);
            if (r == kRuneError && w == 1) {
                if (err) *err = "invalid UTF-8 encoding";
                return Value();
            }
            value = r;
            i += w;
        }
        n++;
    }
    if (n == 0) {
        if (err) *err = "empty rune literal or unescaped '";
        return Value();
    }
    if (n != 1) {
        if (err) *err = "more than one character in rune literal";
        return Value();
    }
    return makeInt64(int64_t(value));
}

Value stringLiteral(std::string_view lit, std::string* err) {
    if (lit.size() >= 1 && lit.front() == '`') {
        if (lit.size() < 2 || lit.back() != '`') {
            if (err) *err = "string not terminated";
            return Value();
        }
        std::string s;
        for (char c : lit.substr(1, lit.size() - 2)) {
            if (c != '\r') s.push_back(c);
        }
        return makeString(std::move(s));
    }
    if (lit.size() < 2 || lit.front() != '"' || lit.back() != '"') {
        if (err) *err = "string not terminated";
        return Value();
    }
    size_t end = lit.size() - 1;
    std::string s;
    s.reserve(end);
    for (size_t i = 1; i < end;) {
        char c = lit[i];
        if (c == '\\') {
            i++;
            if (!readEscape(lit, i, '"', &s, nullptr, err)) return Value();
        } else if (c == '\n') {
            if (err) *err = "newline in string";
            return Value();
        } else {
            s.push_back(c);
            i++;
        }
    }
    return makeString(std::move(s));
}

}  // namespace

Value makeFromLiteral(std::string_view lit, LitKind kind, std::string* err) {
    switch (kind) {
    case LitKind::Int:
    case LitKind::Float:
    case LitKind::Imag: {
        if (lit.size() > kMaxLiteral) {
            if (err) {
                *err = "excessively long constant: " + std::string(lit.substr(0, 10)) + "... (" +
                       std::to_string(lit.size()) + " chars)";
            }
            return Value();
        }
        NumberScan s = scanNumber(lit);
        if (!s.ok) {
            if (err) *err = s.err;
            return Value();
        }
        Value v = numberValue(s);
        if (kind == LitKind::Float && v.kind() == Kind::Int) v = toFloat(v);
        if (v.isUnknown() && err) *err = "malformed constant: " + std::string(lit);
        return v;
    }
    case LitKind::Char: return runeLiteral(lit, err);
    case LitKind::String: return stringLiteral(lit, err);
    }
    return Value();
}

// ---------------------------------------------------------------------------
// Accessors

bool boolVal(const Value& x) { return x.kind() == Kind::Bool && x.rep()->b; }

const std::string& stringVal(const Value& x) {
    static const std::string empty;
    return x.kind() == Kind::String ? x.rep()->s : empty;
}

std::pair<int64_t, bool> int64Val(const Value& x) {
    Value i = x.kind() == Kind::Int ? x : toInt(x);
    if (i.kind() != Kind::Int) return {0, false};
    const BigInt& v = i.rep()->num;
    if (auto s = v.toInt64()) return {*s, true};
    uint64_t low = v.absLow64();  // wraps like math/big's Int64
    return {int64_t(v.isNeg() ? 0 - low : low), false};
}

std::pair<uint64_t, bool> uint64Val(const Value& x) {
    Value i = x.kind() == Kind::Int ? x : toInt(x);
    if (i.kind() != Kind::Int) return {0, false};
    const BigInt& v = i.rep()->num;
    if (auto u = v.toUint64()) return {*u, true};
    uint64_t low = v.absLow64();
    return {v.isNeg() ? 0 - low : low, false};
}

std::pair<double, bool> float64Val(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: {
        bool exact;
        double d = roundRep(*x.rep(), 53, -1022, 1023, &exact);
        return {d, exact};
    }
    case Kind::Complex: {
        auto re = float64Val(x.rep()->re);
        return {re.first, re.second && sign(x.rep()->im) == 0};
    }
    default: return {0, false};
    }
}

std::pair<float, bool> float32Val(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: {
        bool exact;
        double d = roundRep(*x.rep(), 24, -126, 127, &exact);
        return {static_cast<float>(d), exact};  // d is a float32 value (or ±Inf): the cast is exact
    }
    case Kind::Complex: {
        auto re = float32Val(x.rep()->re);
        return {re.first, re.second && sign(x.rep()->im) == 0};
    }
    default: return {0, false};
    }
}

Value real(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return x;
    case Kind::Complex: return x.rep()->re;
    default: return Value();
    }
}

Value imag(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return makeInt64(0);
    case Kind::Complex: return x.rep()->im;
    default: return Value();
    }
}

int sign(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return x.rep()->num.sign();
    case Kind::Complex: return (sign(x.rep()->re) != 0 || sign(x.rep()->im) != 0) ? 1 : 0;
    default: return 1;  // as go/constant: avoids spurious division-by-zero errors on Unknown
    }
}

int bitLen(const Value& x) { return x.kind() == Kind::Int ? int(x.rep()->num.bitLen()) : 0; }

bool isInteger(const Value& x) {
    switch (x.kind()) {
    case Kind::Int: return true;
    case Kind::Float: return x.rep()->isBig ? toInt(x).kind() == Kind::Int : x.rep()->den == BigInt(1);
    case Kind::Complex: return sign(x.rep()->im) == 0 && isInteger(x.rep()->re);
    default: return false;
    }
}

// ---------------------------------------------------------------------------
// Conversions

Value toInt(const Value& x) {
    switch (x.kind()) {
    case Kind::Int: return x;
    case Kind::Float: {
        const Rep& r = *x.rep();
        if (!r.isBig) return r.den == BigInt(1) ? makeIntV(r.num) : Value();
        BF f{r.num, r.exp};
        if (!smallBF(f)) return Value();  // avoid huge integers
        if (f.e >= 0) return makeIntV(f.m.shl(uint64_t(f.e)));
        // As go/constant: accept a value that becomes an integer when rounded
        // to 4 bits less precision (toward or away from zero), assuming the
        // fraction is a rounding error of earlier operations.
        constexpr uint64_t keep = kPrec - 4;
        BigInt a = f.m.abs();
        uint64_t n = a.bitLen();
        if (n <= keep) return Value();  // odd mantissa with a negative exponent: not an integer
        uint64_t drop = n - keep;
        BigInt down = a.shr(drop);
        bool lost = !(down.shl(drop) == a);
        for (const BigInt& t : {down, lost ? down + BigInt(1) : down}) {
            int64_t e = f.e + int64_t(drop);
            if (e + int64_t(t.trailingZeros()) >= 0 || t.isZero()) {
                BigInt v = e >= 0 ? t.shl(uint64_t(e)) : t.shr(uint64_t(-e));
                return makeIntV(f.m.isNeg() ? -v : v);
            }
        }
        return Value();
    }
    case Kind::Complex: {
        Value re = toFloat(x);
        return re.kind() == Kind::Float ? toInt(re) : Value();
    }
    default: return Value();
    }
}

Value toFloat(const Value& x) {
    switch (x.kind()) {
    case Kind::Int: {
        const BigInt& i = x.rep()->num;
        if (int64_t(i.bitLen()) < kMaxExp) return makeRatRaw(i, BigInt(1));
        return makeBF(bfRound(i, 0, false));
    }
    case Kind::Float: return x;
    case Kind::Complex: return sign(x.rep()->im) == 0 ? toFloat(x.rep()->re) : Value();
    default: return Value();
    }
}

Value toComplex(const Value& x) {
    switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return makeComplexV(x, makeInt64(0));
    case Kind::Complex: return x;
    default: return Value();
    }
}

std::optional<Value> roundFloat64(const Value& x) {
    if (x.isUnknown()) return x;
    auto [f, exact] = float64Val(x);
    if (std::isinf(f)) return std::nullopt;
    return makeFloat64(f);
}

std::optional<Value> roundFloat32(const Value& x) {
    if (x.isUnknown()) return x;
    auto [f, exact] = float32Val(x);
    if (std::isinf(f)) return std::nullopt;
    return makeFloat64(double(f));
}

// ---------------------------------------------------------------------------
// Operations

namespace {

// Order of numeric kinds for match (go/constant's ord, with Int and Float
// each covering both of their representations).
int ord(Kind k) {
    switch (k) {
    case Kind::Int: return 1;
    case Kind::Float: return 2;
    case Kind::Complex: return 3;
    default: return 0;
    }
}

Value convertTo(const Value& x, Kind k) {
    switch (k) {
    case Kind::Float: return toFloat(x);
    case Kind::Complex: return toComplex(x);
    default: return x;
    }
}

// Arithmetic on two Float values (rational when both are, binary float otherwise).
Value floatOp(const Rep& a, Tok op, const Rep& b) {
    if (!a.isBig && !b.isBig) {
        switch (op) {
        case Tok::Add:
            if (a.den == BigInt(1) && b.den == BigInt(1)) return makeRatRaw(a.num + b.num, BigInt(1));
            return makeRat(a.num * b.den + b.num * a.den, a.den * b.den);
        case Tok::Sub:
            if (a.den == BigInt(1) && b.den == BigInt(1)) return makeRatRaw(a.num - b.num, BigInt(1));
            return makeRat(a.num * b.den - b.num * a.den, a.den * b.den);
        case Tok::Mul: return makeRat(a.num * b.num, a.den * b.den);
        case Tok::Quo:
            if (b.num.isZero()) return Value();
            return makeRat(a.num * b.den, a.den * b.num);
        default: return Value();
        }
    }
    BF x = toBF(a), y = toBF(b);
    switch (op) {
    case Tok::Add: return makeBF(bfAdd(x, y));
    case Tok::Sub: return makeBF(bfAdd(x, bfNeg(y)));
    case Tok::Mul: return makeBF(bfMul(x, y));
    case Tok::Quo:
        if (y.isZero()) return Value();
        return makeBF(bfQuo(x, y));
    default: return Value();
    }
}

int floatCmp(const Rep& a, const Rep& b) {
    if (!a.isBig && !b.isBig) {
        if (a.den == b.den) return a.num.cmp(b.num);
        return (a.num * b.den).cmp(b.num * a.den);
    }
    return bfCmp(toBF(a), toBF(b));
}

bool cmpResult(int c, Tok op) {
    switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
    }
}

}  // namespace

std::pair<Value, Value> match(const Value& x, const Value& y) {
    if (x.isUnknown() || y.isUnknown()) return {Value(), Value()};
    int ox = ord(x.kind()), oy = ord(y.kind());
    if (ox == 0 || oy == 0 || ox == oy) return {x, y};
    if (ox < oy) return {convertTo(x, y.kind()), y};
    return {x, convertTo(y, x.kind())};
}

Value binaryOp(const Value& x_, Tok op, const Value& y_) {
    auto [x, y] = match(x_, y_);
    if (x.isUnknown() || y.isUnknown() || x.kind() != y.kind()) return Value();
    const Rep& a = *x.rep();
    const Rep& b = *y.rep();
    switch (a.kind) {
    case Kind::Bool:
        if (op == Tok::LAnd) return makeBool(a.b && b.b);
        if (op == Tok::LOr) return makeBool(a.b || b.b);
        return Value();
    case Kind::String:
        if (op == Tok::Add) return makeString(a.s + b.s);
        return Value();
    case Kind::Int:
        switch (op) {
        case Tok::Add: return makeIntV(a.num + b.num);
        case Tok::Sub: return makeIntV(a.num - b.num);
        case Tok::Mul: return makeIntV(a.num * b.num);
        case Tok::Quo:
            if (b.num.isZero()) return Value();
            return makeRat(a.num, b.num);
        case Tok::QuoAssign: return intDiv(x, y);
        case Tok::Rem:
            if (b.num.isZero()) return Value();
            return makeIntV(a.num.rem(b.num));
        case Tok::And: return makeIntV(a.num.bitAnd(b.num));
        case Tok::Or: return makeIntV(a.num.bitOr(b.num));
        case Tok::Xor: return makeIntV(a.num.bitXor(b.num));
        case Tok::AndNot: return makeIntV(a.num.bitAndNot(b.num));
        default: return Value();
        }
    case Kind::Float: return floatOp(a, op, b);
    case Kind::Complex: {
        const Value &re1 = a.re, &im1 = a.im, &re2 = b.re, &im2 = b.im;
        switch (op) {
        case Tok::Add: return makeComplexV(binaryOp(re1, Tok::Add, re2), binaryOp(im1, Tok::Add, im2));
        case Tok::Sub: return makeComplexV(binaryOp(re1, Tok::Sub, re2), binaryOp(im1, Tok::Sub, im2));
        case Tok::Mul: {
            // (ac - bd) + (bc + ad)i
            Value ac = binaryOp(re1, Tok::Mul, re2), bd = binaryOp(im1, Tok::Mul, im2);
            Value bc = binaryOp(im1, Tok::Mul, re2), ad = binaryOp(re1, Tok::Mul, im2);
            return makeComplexV(binaryOp(ac, Tok::Sub, bd), binaryOp(bc, Tok::Add, ad));
        }
        case Tok::Quo: {
            // ((ac + bd) + (bc - ad)i) / (cc + dd)
            Value ac = binaryOp(re1, Tok::Mul, re2), bd = binaryOp(im1, Tok::Mul, im2);
            Value bc = binaryOp(im1, Tok::Mul, re2), ad = binaryOp(re1, Tok::Mul, im2);
            Value s = binaryOp(binaryOp(re2, Tok::Mul, re2), Tok::Add, binaryOp(im2, Tok::Mul, im2));
            if (s.isUnknown() || sign(s) == 0) return Value();
            return makeComplexV(binaryOp(binaryOp(ac, Tok::Add, bd), Tok::Quo, s),
                                binaryOp(binaryOp(bc, Tok::Sub, ad), Tok::Quo, s));
        }
        default: return Value();
        }
    }
    default: return Value();
    }
}

Value intDiv(const Value& x, const Value& y) {
    if (x.kind() != Kind::Int || y.kind() != Kind::Int || y.rep()->num.isZero()) return Value();
    return makeIntV(x.rep()->num.quo(y.rep()->num));
}

Value unaryOp(Tok op, const Value& x, unsigned prec) {
    if (x.isUnknown()) return x;
    const Rep& r = *x.rep();
    switch (op) {
    case Tok::Add:
        return ord(r.kind) != 0 ? x : Value();
    case Tok::Sub:
        switch (r.kind) {
        case Kind::Int: return makeIntV(-r.num);
        case Kind::Float: {
            Rep n = r;
            n.num = -r.num;
            return mk(std::move(n));
        }
        case Kind::Complex: return makeComplexV(unaryOp(Tok::Sub, r.re), unaryOp(Tok::Sub, r.im));
        default: return Value();
        }
    case Tok::Xor: {
        if (r.kind != Kind::Int) return Value();
        BigInt z = r.num.bitNot();
        if (prec > 0) z = z.bitAndNot(BigInt(-1).shl(prec));  // keep the low prec bits
        return makeIntV(std::move(z));
    }
    case Tok::Not:
        return r.kind == Kind::Bool ? makeBool(!r.b) : Value();
    default: return Value();
    }
}

Value shift(const Value& x, Tok op, uint64_t s) {
    if (x.kind() != Kind::Int || s > kMaxShift) return Value();
    switch (op) {
    case Tok::Shl: return s == 0 ? x : makeIntV(x.rep()->num.shl(s));
    case Tok::Shr: return s == 0 ? x : makeIntV(x.rep()->num.shr(s));
    default: return Value();
    }
}

bool compare(const Value& x_, Tok op, const Value& y_) {
    auto [x, y] = match(x_, y_);
    if (x.isUnknown() || y.isUnknown() || x.kind() != y.kind()) return false;
    const Rep& a = *x.rep();
    const Rep& b = *y.rep();
    switch (a.kind) {
    case Kind::Bool:
        if (op == Tok::Eql) return a.b == b.b;
        if (op == Tok::Neq) return a.b != b.b;
        return false;
    case Kind::String: return cmpResult(a.s.compare(b.s), op);
    case Kind::Int: return cmpResult(a.num.cmp(b.num), op);
    case Kind::Float: return cmpResult(floatCmp(a, b), op);
    case Kind::Complex: {
        bool eq = compare(a.re, Tok::Eql, b.re) && compare(a.im, Tok::Eql, b.im);
        if (op == Tok::Eql) return eq;
        if (op == Tok::Neq) return !eq;
        return false;
    }
    default: return false;
    }
}

}  // namespace gomini::frontend::constant
