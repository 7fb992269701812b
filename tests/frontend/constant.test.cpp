// constant.test.cpp — exact constant arithmetic (frontend/constant.h, frontend/bigint.h).
//
// Expected strings were produced with Go 1.19's go/constant (String and
// ExactString) and gc's scanner messages, except where noted.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "frontend/bigint.h"
#include "frontend/constant.h"

using namespace gomini::frontend;
using namespace gomini::frontend::constant;

namespace {

Value lit(const char* s, LitKind k) { return makeFromLiteral(s, k); }
Value intLit(const char* s) { return makeFromLiteral(s, LitKind::Int); }
Value floatLit(const char* s) { return makeFromLiteral(s, LitKind::Float); }

std::string litErr(const char* s, LitKind k) {
    std::string err;
    Value v = makeFromLiteral(s, k, &err);
    return v.isUnknown() ? err : "<no error: " + v.exactString() + ">";
}

std::string str(const Value& v) { return v.toString(); }
std::string exact(const Value& v) { return v.exactString(); }

uint64_t bits64(double d) {
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

}  // namespace

TEST_SUITE("constant") {

TEST_CASE("BigInt arithmetic, division and shifts") {
    BigInt a = *BigInt::fromString("123456789012345678901234567890", 10);
    BigInt b = *BigInt::fromString("987654321987654321", 10);
    CHECK((a * b).toString() == "121932631246761163237311385323609205901126352690");
    BigInt q, r;
    BigInt::quoRem(-a, b, &q, &r);  // truncated, as Go's / and %
    CHECK(q.toString() == "-124999998748");
    CHECK(r.toString() == "-432099904777777782");
    CHECK((q * b + r) == -a);
    CHECK(BigInt(-7).shr(1) == BigInt(-4));  // arithmetic (flooring) shift, like math/big's Rsh
    CHECK(BigInt(1).shl(100).shr(98) == BigInt(4));
    CHECK(BigInt(std::numeric_limits<int64_t>::min()).quo(BigInt(-1)).toString() == "9223372036854775808");
    CHECK(BigInt(std::numeric_limits<int64_t>::max()) + BigInt(1) == BigInt::fromUint64(uint64_t(1) << 63));
    CHECK(a.toString(16) == "18ee90ff6c373e0ee4e3f0ad2");
    CHECK(BigInt::fromString("18EE90FF6C373E0EE4E3F0AD2", 16)->toString() == a.toString());
    CHECK_FALSE(BigInt::fromString("129", 8).has_value());
    CHECK(BigInt::gcd(BigInt(-12), BigInt(18)) == BigInt(6));
}

TEST_CASE("BigInt two's-complement bitwise operations match math/big") {
    BigInt big = BigInt(1).shl(70) + BigInt(5);
    CHECK(BigInt(-6).bitAnd(BigInt(7)) == BigInt(2));
    CHECK(BigInt(-6).bitOr(BigInt(3)) == BigInt(-5));
    CHECK(BigInt(-6).bitXor(BigInt(-3)) == BigInt(7));
    CHECK(BigInt(-1).bitAndNot(BigInt(1).shl(64)).toString() == "-18446744073709551617");
    CHECK((-big).bitAnd(BigInt(0xFF)) == BigInt(0xFB));
    CHECK((-big).bitOr(BigInt(1).shl(70)).toString() == "-5");
    CHECK(big.bitNot() == -big - BigInt(1));
    CHECK(big.bitLen() == 71);
}

TEST_CASE("BigInt to double rounds half to even") {
    bool exact = true;
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even mantissa wins.
    CHECK(BigInt::fromUint64((uint64_t(1) << 53) + 1).toDouble(&exact) == 9007199254740992.0);
    CHECK_FALSE(exact);
    CHECK(BigInt::fromUint64((uint64_t(1) << 53) + 3).toDouble(&exact) == 9007199254740996.0);
    CHECK(BigInt(1).shl(1024).toDouble(&exact) == std::numeric_limits<double>::infinity());
    CHECK_FALSE(exact);
    CHECK(BigInt(-1).shl(60).toDouble(&exact) == -std::ldexp(1.0, 60));
    CHECK(exact);
}

TEST_CASE("integer constants are exact and unbounded") {
    Value x = shift(shift(makeInt64(1), Tok::Shl, 100), Tok::Shr, 98);
    CHECK(str(x) == "4");
    Value p = binaryOp(intLit("123456789012345678901234567890"), Tok::Mul, intLit("987654321098765432109876543210"));
    CHECK(str(p) == "121932631137021795226185032733622923332237463801111263526900");
    CHECK(str(binaryOp(makeInt64(std::numeric_limits<int64_t>::max()), Tok::Add, makeInt64(1))) ==
          "9223372036854775808");
    CHECK(str(shift(makeInt64(-7), Tok::Shr, 1)) == "-4");
    CHECK(shift(makeInt64(1), Tok::Shl, 200000).isUnknown());
    CHECK(bitLen(shift(makeInt64(1), Tok::Shl, 100)) == 101);
    auto [i, ok] = int64Val(makeUint64(std::numeric_limits<uint64_t>::max()));
    CHECK_FALSE(ok);
    auto [u, uok] = uint64Val(makeUint64(std::numeric_limits<uint64_t>::max()));
    CHECK(uok);
    CHECK(u == std::numeric_limits<uint64_t>::max());
    (void)i;
}

TEST_CASE("integer binary operators") {
    Value a = makeInt64(-7), b = makeInt64(2);
    CHECK(exact(binaryOp(a, Tok::Quo, b)) == "-7/2");  // Quo on Ints is exact division
    CHECK(binaryOp(a, Tok::Quo, b).kind() == Kind::Float);
    CHECK(str(intDiv(a, b)) == "-3");  // truncated
    CHECK(str(binaryOp(a, Tok::Rem, b)) == "-1");
    CHECK(str(binaryOp(makeInt64(12), Tok::And, makeInt64(10))) == "8");
    CHECK(str(binaryOp(makeInt64(12), Tok::Or, makeInt64(10))) == "14");
    CHECK(str(binaryOp(makeInt64(12), Tok::Xor, makeInt64(10))) == "6");
    CHECK(str(binaryOp(makeInt64(12), Tok::AndNot, makeInt64(10))) == "4");
    CHECK(binaryOp(makeInt64(1), Tok::Quo, makeInt64(0)).isUnknown());
    CHECK(binaryOp(makeInt64(1), Tok::Rem, makeInt64(0)).isUnknown());
    CHECK(intDiv(makeInt64(1), makeInt64(0)).isUnknown());
}

TEST_CASE("unary operators") {
    CHECK(str(unaryOp(Tok::Xor, makeInt64(1), 8)) == "254");  // ^uint8(1)
    CHECK(str(unaryOp(Tok::Xor, makeInt64(1))) == "-2");
    CHECK(str(unaryOp(Tok::Xor, makeInt64(0), 64)) == "18446744073709551615");
    CHECK(str(unaryOp(Tok::Sub, makeInt64(std::numeric_limits<int64_t>::min()))) == "9223372036854775808");
    CHECK(str(unaryOp(Tok::Sub, floatLit("1.5"))) == "-1.5");
    CHECK(boolVal(unaryOp(Tok::Not, makeBool(false))));
    CHECK(str(unaryOp(Tok::Add, makeInt64(3))) == "3");
    CHECK(unaryOp(Tok::Not, makeInt64(3)).isUnknown());
}

TEST_CASE("float constants are exact rationals") {
    Value sum = binaryOp(floatLit("0.1"), Tok::Add, floatLit("0.2"));
    CHECK(compare(sum, Tok::Eql, floatLit("0.3")));
    CHECK(exact(sum) == "3/10");
    CHECK(str(binaryOp(makeInt64(1), Tok::Quo, makeInt64(3))) == "0.333333");
    CHECK(exact(binaryOp(makeInt64(1), Tok::Quo, makeInt64(3))) == "1/3");
    CHECK(str(floatLit("1e100")) == "1e+100");
    CHECK(str(floatLit("0x1p-2")) == "0.25");
    CHECK(exact(floatLit("1_000.5")) == "2001/2");
    CHECK(exact(floatLit(".5")) == "1/2");
    CHECK(exact(floatLit("1.")) == "1");
    CHECK(str(floatLit("123456789.123")) == "1.23457e+08");
    CHECK(str(floatLit("0.000012345")) == "1.2345e-05");
    CHECK(str(floatLit("100000")) == "100000");
    CHECK(str(floatLit("1e6")) == "1e+06");
    CHECK(str(floatLit("4.9e-324")) == "4.94066e-324");
    CHECK(str(floatLit("1e400")) == "1e+400");  // out of float64 range: approximate formatting
    CHECK(exact(floatLit("0789.5")) == "1579/2");  // a float mantissa is decimal even with a leading 0
    CHECK(exact(makeFloat64(0.1)) == "3602879701896397/36028797018963968");
}

TEST_CASE("huge exponents stay fast and approximate") {
    Value big = floatLit("1e1000000");
    REQUIRE(big.kind() == Kind::Float);
    CHECK(str(big) == "1e+1000000");
    CHECK(exact(big).rfind("0x.88b3a28a05eade3a491af84cc6ed472beec34f3c10ec25e0a887eeb43", 0) == 0);  // Go's bits
    auto [f, ok] = float64Val(big);
    CHECK(std::isinf(f));
    CHECK_FALSE(ok);
    CHECK_FALSE(roundFloat64(big).has_value());
    CHECK(str(floatLit("1e-1000000")) == "1e-1000000");
    CHECK(float64Val(floatLit("1e-1000000")).first == 0);
    CHECK(str(floatLit("0x1p1000000")) == "9.90066e+301029");
    CHECK(exact(floatLit("0x1p1000000")) == "0x.8p+1000001");
    // Beyond big.Float's int32 exponent: overflow is malformed, underflow is 0.
    CHECK(litErr("1e999999999999", LitKind::Float) == "malformed constant: 1e999999999999");
    CHECK(str(floatLit("1e-700000000")) == "0");
    // Approximate values still compute: 1e5000/1e5000 is the integer 1.
    Value one = binaryOp(floatLit("1e5000"), Tok::Quo, floatLit("1e5000"));
    CHECK(exact(one) == "0x.8p+1");
    CHECK(str(toInt(one)) == "1");
    CHECK(compare(floatLit("1e5000"), Tok::Gtr, floatLit("1e4999")));
}

TEST_CASE("float64 and float32 rounding") {
    auto [d, dexact] = float64Val(floatLit("0.1"));
    CHECK(d == 0.1);
    CHECK_FALSE(dexact);
    CHECK(float64Val(floatLit("0.5")).second);
    // 2^-1075 is exactly half of the smallest subnormal: ties to even give 0; a bit more gives 2^-1074.
    CHECK(float64Val(floatLit("0x1p-1075")).first == 0);
    CHECK(float64Val(floatLit("0x1.0000001p-1075")).first == std::ldexp(1.0, -1074));
    CHECK(bits64(float64Val(floatLit("1e-320")).first) == 0x7e8);
    CHECK(std::isinf(float64Val(floatLit("2e308")).first));
    CHECK(float64Val(floatLit("1.7976931348623157e308")).first == std::numeric_limits<double>::max());
    // float32: 3.4028235677973366e38 is just below the overflow threshold (rounds to MaxFloat32).
    CHECK(float32Val(floatLit("3.4028235677973366e38")).first == std::numeric_limits<float>::max());
    CHECK(std::isinf(float32Val(floatLit("3.5e38")).first));
    CHECK(float32Val(floatLit("1.401298464324817e-45")).first == std::numeric_limits<float>::denorm_min());
    CHECK(float32Val(floatLit("16777217.0")).first == 16777216.0f);  // tie to even
    CHECK(exact(*roundFloat32(floatLit("0.1"))) == "13421773/134217728");
    CHECK(exact(*roundFloat64(makeInt64(9007199254740993))) == "9007199254740992");
    CHECK_FALSE(roundFloat32(floatLit("1e39")).has_value());
}

TEST_CASE("complex constants") {
    Value c = binaryOp(makeInt64(1), Tok::Add, lit("2i", LitKind::Imag));
    CHECK(str(c) == "(1 + 2i)");
    Value q = binaryOp(c, Tok::Quo, lit("3i", LitKind::Imag));
    CHECK(str(q) == "(0.666667 + -0.333333i)");
    CHECK(exact(q) == "(2/3 + -1/3i)");
    CHECK(str(binaryOp(c, Tok::Mul, c)) == "(-3 + 4i)");
    CHECK(str(real(c)) == "1");
    CHECK(str(imag(c)) == "2");
    CHECK(str(makeImag(floatLit("1.5"))) == "(0 + 1.5i)");
    CHECK(str(lit("0123i", LitKind::Imag)) == "(0 + 123i)");  // decimal, for backward compatibility
    CHECK(binaryOp(c, Tok::Quo, lit("0i", LitKind::Imag)).isUnknown());
    CHECK(compare(toComplex(makeInt64(1)), Tok::Eql, binaryOp(c, Tok::Sub, lit("2i", LitKind::Imag))));
    CHECK(sign(lit("0i", LitKind::Imag)) == 0);
    CHECK(toFloat(c).isUnknown());
    CHECK(str(toInt(binaryOp(c, Tok::Sub, lit("2i", LitKind::Imag)))) == "1");
}

TEST_CASE("match, compare and conversions") {
    auto [x, y] = match(makeInt64(1), floatLit("1.5"));
    CHECK(x.kind() == Kind::Float);
    CHECK(y.kind() == Kind::Float);
    auto [c1, c2] = match(lit("1i", LitKind::Imag), makeInt64(2));
    CHECK(c2.kind() == Kind::Complex);
    CHECK(compare(makeInt64(2), Tok::Lss, floatLit("2.5")));
    CHECK(compare(makeString("abc"), Tok::Lss, makeString("abd")));
    CHECK(compare(makeString("\xff"), Tok::Gtr, makeString("a")));  // bytes compare unsigned
    CHECK(compare(makeBool(true), Tok::Neq, makeBool(false)));
    CHECK_FALSE(compare(makeUnknown(), Tok::Eql, makeUnknown()));
    CHECK(str(toInt(floatLit("3.0"))) == "3");
    CHECK(toInt(floatLit("3.5")).isUnknown());
    CHECK(isInteger(floatLit("1e10")));
    CHECK_FALSE(isInteger(floatLit("0.5")));
    CHECK(int64Val(floatLit("1e18")).first == 1000000000000000000);
    CHECK(int64Val(floatLit("1e18")).second);
    CHECK(makeFloat64(std::nan("")).isUnknown());
    CHECK(exact(makeFloat64(-0.0)) == "0");
}

TEST_CASE("bool and string operations") {
    CHECK(boolVal(binaryOp(makeBool(true), Tok::LAnd, makeBool(true))));
    CHECK_FALSE(boolVal(binaryOp(makeBool(true), Tok::LAnd, makeBool(false))));
    CHECK(boolVal(binaryOp(makeBool(false), Tok::LOr, makeBool(true))));
    CHECK(stringVal(binaryOp(makeString("foo"), Tok::Add, makeString("bar"))) == "foobar");
    CHECK(binaryOp(makeString("a"), Tok::Sub, makeString("b")).isUnknown());
}

TEST_CASE("unknown propagates and nothing crashes") {
    Value u = makeUnknown();
    CHECK(str(u) == "unknown");
    CHECK(binaryOp(u, Tok::Add, makeInt64(1)).isUnknown());
    CHECK(binaryOp(makeInt64(1), Tok::Mul, u).isUnknown());
    CHECK(unaryOp(Tok::Sub, u).isUnknown());
    CHECK(shift(u, Tok::Shl, 1).isUnknown());
    CHECK(toInt(u).isUnknown());
    CHECK(toFloat(u).isUnknown());
    CHECK(makeImag(u).isUnknown());
    CHECK(float64Val(u).second == false);
    CHECK(sign(u) == 1);  // as go/constant: no spurious division-by-zero errors
    CHECK(binaryOp(floatLit("1.5"), Tok::Quo, floatLit("0.0")).isUnknown());
    CHECK(binaryOp(makeBool(true), Tok::Add, makeInt64(1)).isUnknown());
}

TEST_CASE("integer literal forms and errors in gc's words") {
    CHECK(str(intLit("0777")) == "511");
    CHECK(str(intLit("0o17")) == "15");
    CHECK(str(intLit("0b1011")) == "11");
    CHECK(str(intLit("0x_dead_BEEF")) == "3735928559");
    CHECK(str(intLit("1_000_000")) == "1000000");
    CHECK(str(intLit("0")) == "0");
    CHECK(str(intLit("18446744073709551616")) == "18446744073709551616");
    CHECK(litErr("0789", LitKind::Int) == "invalid digit '8' in octal literal");
    CHECK(litErr("0b102", LitKind::Int) == "invalid digit '2' in binary literal");
    CHECK(litErr("1__0", LitKind::Int) == "'_' must separate successive digits");
    CHECK(litErr("1_", LitKind::Int) == "'_' must separate successive digits");
    CHECK(litErr("0x", LitKind::Int) == "hexadecimal literal has no digits");
    CHECK(litErr("0x1.8", LitKind::Float) == "hexadecimal mantissa requires a 'p' exponent");
    CHECK(litErr("1e+", LitKind::Float) == "exponent has no digits");
    CHECK(litErr("0b1.0", LitKind::Float) == "invalid radix point in binary literal");
    CHECK(litErr("1p3", LitKind::Float) == "'p' exponent requires hexadecimal mantissa");
    CHECK(litErr("0b1e3", LitKind::Float) == "'e' exponent requires decimal mantissa");
    CHECK(litErr("1._5", LitKind::Float) == "'_' must separate successive digits");
    CHECK(litErr(std::string(10001, '1').c_str(), LitKind::Int) ==
          "excessively long constant: 1111111111... (10001 chars)");
}

TEST_CASE("rune literals") {
    CHECK(str(lit("'a'", LitKind::Char)) == "97");
    CHECK(str(lit("'\\a'", LitKind::Char)) == "7");
    CHECK(str(lit("'\\v'", LitKind::Char)) == "11");
    CHECK(str(lit("'\\''", LitKind::Char)) == "39");
    CHECK(str(lit("'\\\\'", LitKind::Char)) == "92");
    CHECK(str(lit("'\\x41'", LitKind::Char)) == "65");
    CHECK(str(lit("'\\101'", LitKind::Char)) == "65");
    CHECK(str(lit("'\\u00e9'", LitKind::Char)) == "233");
    CHECK(str(lit("'\\U0001F600'", LitKind::Char)) == "128512");
    CHECK(str(lit("'\xe4\xb8\x96'", LitKind::Char)) == "19990");  // '世'
    CHECK(litErr("'\\\"'", LitKind::Char) == "unknown escape");
    CHECK(litErr("'\\z'", LitKind::Char) == "unknown escape");
    CHECK(litErr("''", LitKind::Char) == "empty rune literal or unescaped '");
    CHECK(litErr("'ab'", LitKind::Char) == "more than one character in rune literal");
    CHECK(litErr("'\\400'", LitKind::Char) == "octal escape value 256 > 255");
    CHECK(litErr("'\\ud800'", LitKind::Char) == "escape is invalid Unicode code point U+D800");
    CHECK(litErr("'\\U00110000'", LitKind::Char) == "escape is invalid Unicode code point U+110000");
    CHECK(litErr("'\\x4'", LitKind::Char) == "invalid character '\\'' in hexadecimal escape");
    CHECK(litErr("'\\08'", LitKind::Char) == "invalid character '8' in octal escape");
}

TEST_CASE("string literals and quoting") {
    CHECK(stringVal(lit("\"a\\tb\\x00\\xff\"", LitKind::String)) == std::string("a\tb\0\xff", 5));
    CHECK(stringVal(lit("\"\\u00e9\\U0001F600\"", LitKind::String)) == "\xc3\xa9\xf0\x9f\x98\x80");
    CHECK(stringVal(lit("\"\\\"\"", LitKind::String)) == "\"");
    CHECK(stringVal(lit("`a\r\nb\\n`", LitKind::String)) == "a\nb\\n");  // raw: '\r' removed, no escapes
    CHECK(litErr("\"\\'\"", LitKind::String) == "unknown escape");
    CHECK(litErr("\"\\12\"", LitKind::String) == "invalid character '\"' in octal escape");
    const char raw[] = "hello\x00\xc2\xa0\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\xff\xe2\x80\xa8";
    CHECK(str(makeString(std::string(raw, sizeof raw - 1))) ==
          "\"hello\\x00\\u00a0\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\\xff\\u2028\"");
    CHECK(str(makeString("tab\there \"q\" \\")) == "\"tab\\there \\\"q\\\" \\\\\"");
    // Shortened to 72 runes: 69 runes of the quoted form, then "...".
    std::string longS(100, 'x');
    CHECK(str(makeString(longS)) == "\"" + std::string(68, 'x') + "...");
    CHECK(exact(makeString(longS)) == "\"" + longS + "\"");
    CHECK(str(makeString(std::string(70, 'y'))) == "\"" + std::string(70, 'y') + "\"");  // exactly 72 runes
}

}  // TEST_SUITE("constant")
