// bigint.h — arbitrary-precision signed integers for constant arithmetic.
//
// BigInt is the integer half of go/constant's representation (Go uses
// math/big.Int there). It is a value type with an int64 fast path:
//
//   * while the value fits in int64 it lives in `small_` and `mag_` is empty;
//     every operation first tries the int64 path (with overflow checks);
//   * otherwise the value is sign + magnitude, `mag_` holding 32-bit limbs,
//     least significant first, with no leading zero limb.
//
// Invariant (checked by normalize()): mag_ is non-empty iff the value does
// not fit in int64. So two equal values always have the same representation.
//
// Semantics follow math/big: quoRem truncates toward zero (Go's / and %),
// shr is an arithmetic (flooring) shift, and the bitwise operations treat
// negative numbers as infinite two's complement (-1 is ...1111).
//
// Costs: + - and the bitwise operations are linear, * and quoRem are the
// schoolbook quadratic algorithms, toString(10) is quadratic. Callers bound
// the sizes (constant.cpp caps literals and shift counts), so this is enough.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gomini::frontend {

class BigInt {
public:
    BigInt() = default;
    BigInt(int64_t v) : small_(v) {}  // NOLINT(google-explicit-constructor): integers convert naturally
    static BigInt fromUint64(uint64_t v);
    // Parses digits in base 2..36 (no sign, no prefix, no '_'); nullopt if empty or a digit is invalid.
    static std::optional<BigInt> fromString(std::string_view digits, int base);
    // 2^n and 10^n.
    static BigInt pow2(uint64_t n);
    static BigInt pow(const BigInt& x, uint64_t n);

    bool isSmall() const { return mag_.empty(); }
    int sign() const { return mag_.empty() ? (small_ > 0) - (small_ < 0) : (neg_ ? -1 : 1); }
    bool isZero() const { return mag_.empty() && small_ == 0; }
    bool isNeg() const { return mag_.empty() ? small_ < 0 : neg_; }
    bool isOdd() const { return mag_.empty() ? (small_ & 1) != 0 : (mag_[0] & 1) != 0; }

    int cmp(const BigInt& y) const;     // -1, 0, +1
    int cmpAbs(const BigInt& y) const;  // compares |x| and |y|
    friend bool operator==(const BigInt& x, const BigInt& y) { return x.cmp(y) == 0; }
    friend bool operator!=(const BigInt& x, const BigInt& y) { return x.cmp(y) != 0; }
    friend bool operator<(const BigInt& x, const BigInt& y) { return x.cmp(y) < 0; }
    friend bool operator<=(const BigInt& x, const BigInt& y) { return x.cmp(y) <= 0; }
    friend bool operator>(const BigInt& x, const BigInt& y) { return x.cmp(y) > 0; }
    friend bool operator>=(const BigInt& x, const BigInt& y) { return x.cmp(y) >= 0; }

    BigInt operator-() const;
    BigInt abs() const { return isNeg() ? -*this : *this; }
    friend BigInt operator+(const BigInt& x, const BigInt& y);
    friend BigInt operator-(const BigInt& x, const BigInt& y);
    friend BigInt operator*(const BigInt& x, const BigInt& y);

    // Truncated division: q = x/y rounded toward zero, r = x - q*y (sign of x). y must not be 0.
    static void quoRem(const BigInt& x, const BigInt& y, BigInt* q, BigInt* r);
    BigInt quo(const BigInt& y) const;
    BigInt rem(const BigInt& y) const;
    static BigInt gcd(BigInt a, BigInt b);  // gcd(|a|, |b|); gcd(0, 0) == 0

    BigInt shl(uint64_t n) const;  // x * 2^n
    BigInt shr(uint64_t n) const;  // floor(x / 2^n), as math/big's Rsh

    // Two's-complement bitwise operations (math/big And/Or/Xor/AndNot/Not).
    BigInt bitAnd(const BigInt& y) const;
    BigInt bitOr(const BigInt& y) const;
    BigInt bitXor(const BigInt& y) const;
    BigInt bitAndNot(const BigInt& y) const;
    BigInt bitNot() const;  // -x-1

    uint64_t bitLen() const;         // bits of |x|; 0 for 0
    uint64_t trailingZeros() const;  // of |x|; 0 for 0
    bool absBit(uint64_t i) const;   // bit i of |x|
    uint64_t absLow64() const;       // the low 64 bits of |x|

    std::optional<int64_t> toInt64() const;
    std::optional<uint64_t> toUint64() const;
    // Nearest double (round half to even); *exact says whether it is exact. Overflow gives ±Inf.
    double toDouble(bool* exact = nullptr) const;

    // Digits in base 2..36 with a leading '-' for negatives; lower-case letters.
    std::string toString(int base = 10) const;

private:
    using Mag = std::vector<uint32_t>;
    static BigInt fromMag(bool neg, Mag m);  // normalizes to the small form when possible
    Mag magnitude() const;                   // |x| as limbs (empty for 0)
    Mag twosComplement(size_t n) const;      // x as n limbs of two's complement
    static BigInt fromTwosComplement(Mag t);

    int64_t small_ = 0;
    bool neg_ = false;
    Mag mag_;
};

// Rounds the positive rational num/den * 2^exp2 (num > 0, den > 0) to the
// nearest binary floating-point value with `mantBits` significant bits,
// minimum normal exponent `emin` and maximum exponent `emax` (IEEE: 53, -1022,
// 1023 for float64; 24, -126, 127 for float32), round half to even, with
// gradual underflow. The result is returned as a double (exact for both
// formats); overflow gives +Inf. *exact says whether no rounding happened.
double roundRatToFloat(const BigInt& num, const BigInt& den, int64_t exp2, int mantBits, int emin, int emax,
                       bool* exact);

}  // namespace gomini::frontend
