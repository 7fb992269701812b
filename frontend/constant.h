// constant.h — exact values of Go constants (the twin of go/constant).
//
// Untyped constant arithmetic in Go is exact: `1 << 100 >> 98` is 4, and
// `const x = 0.1 + 0.2; x == 0.3` is true. A Value is one of
//   Unknown  (the result of an erroneous operation; every operation on Unknown
//             yields Unknown, so one error does not cascade),
//   Bool, String,
//   Int      (arbitrary-precision integer, BigInt),
//   Float    (exact rational num/den of BigInts while that stays small enough;
//             see constant.cpp for the precision rule on huge exponents),
//   Complex  (a pair of Int/Float values).
// Values are immutable and cheap to copy (shared representation).
//
// The functions mirror go/constant by name and meaning; the checker decides
// which types a value can be represented in (representable()).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "frontend/ast.h"  // Tok, LitKind

namespace gomini::frontend::constant {

enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

struct Rep;  // defined in constant.cpp

class Value {
public:
    Value();  // Unknown
    Kind kind() const;
    bool isUnknown() const { return kind() == Kind::Unknown; }

    // Short form used in error messages, as go/constant's String():
    // strings quoted and shortened to 72 bytes with "...", floats with
    // up to 6 significant digits ("1e+100", "0.333333"), complex "(1 + 2i)".
    std::string toString() const;
    // Exact form, as go/constant's ExactString(): fractions as "1/3".
    std::string exactString() const;

    const Rep* rep() const { return rep_.get(); }
    explicit Value(std::shared_ptr<const Rep> r);

private:
    std::shared_ptr<const Rep> rep_;
};

// --- construction ---
Value makeUnknown();
Value makeBool(bool b);
Value makeString(std::string s);
Value makeInt64(int64_t x);
Value makeUint64(uint64_t x);
Value makeFloat64(double x);  // Unknown for Inf/NaN
Value makeImag(const Value& x);  // x*i for an Int or Float x
// A literal exactly as written in Go source (digits with '_', 0x/0o/0b
// prefixes, legacy octal 0777, decimal and hexadecimal floats, imaginary
// suffix 'i', rune literals with every escape, interpreted and raw strings).
// Returns Unknown if the literal is malformed; *err (if given) then says why
// in gc's words.
Value makeFromLiteral(std::string_view lit, LitKind kind, std::string* err = nullptr);

// --- accessors ---
bool boolVal(const Value& x);                  // x must be Bool
const std::string& stringVal(const Value& x);  // x must be String
// utf8.RuneCountInString: an invalid byte counts as one rune (RuneError)
size_t runeCount(std::string_view s);
// Int64 / Uint64 value and whether it is exact (x Int, or Float with integral value in range).
std::pair<int64_t, bool> int64Val(const Value& x);
std::pair<uint64_t, bool> uint64Val(const Value& x);
// Nearest float64 / float32 (round half to even), and whether that is exact.
// Overflow gives ±Inf with exact == false.
std::pair<double, bool> float64Val(const Value& x);
std::pair<float, bool> float32Val(const Value& x);
Value real(const Value& x);  // Int/Float/Complex -> real part; Unknown otherwise
Value imag(const Value& x);
int sign(const Value& x);  // -1, 0, +1 (for Complex: 0 iff both parts are 0, else 1)
int bitLen(const Value& x);  // x Int: bits needed for |x|
bool isInteger(const Value& x);  // Int, or Float/Complex with integral real value and zero imaginary part

// --- conversions between numeric kinds (go/constant ToInt/ToFloat/ToComplex) ---
Value toInt(const Value& x);      // Unknown if x is not exactly an integer
Value toFloat(const Value& x);    // Int/Float -> Float; Complex with 0 imag -> Float
Value toComplex(const Value& x);

// Rounds x to the nearest float64 / float32 value (as the value a typed
// float64/float32 constant holds). Returns nullopt if that overflows.
std::optional<Value> roundFloat64(const Value& x);
std::optional<Value> roundFloat32(const Value& x);

// --- operations ---
// Binary operators + - * / % & | ^ &^ && || on operands of the same kind
// (the caller matches kinds first with match()). Tok::Quo on two Ints is
// EXACT division giving a Float (as untyped constant division when either
// operand is float); use intDiv for integer division. Unknown on any error,
// including division by zero (the caller reports that).
Value binaryOp(const Value& x, Tok op, const Value& y);
Value intDiv(const Value& x, const Value& y);  // truncated, x and y Int
// Unary + - ^ !; prec > 0 is the bit size of an unsigned type for ^ (so ^uint8(1) is 254);
// prec == 0 means unlimited (^x == -x-1).
Value unaryOp(Tok op, const Value& x, unsigned prec = 0);
// x << s, x >> s with x Int (arithmetic shift right). Unknown for s > 100000.
Value shift(const Value& x, Tok op, uint64_t s);
// == != < <= > >= ; operands of the same kind (after match()).
bool compare(const Value& x, Tok op, const Value& y);
// Converts x and y to the "larger" of their kinds (Int < Float < Complex), as go/constant's match.
std::pair<Value, Value> match(const Value& x, const Value& y);

}  // namespace gomini::frontend::constant
