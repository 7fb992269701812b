// Native math functions (bodyless: implemented in C++).
//
// Exact operations (bit casts, Sqrt, Floor, Ceil, Trunc, Round, Mod, Modf,
// Frexp, Ldexp, FMA, Remainder, Nextafter) give identical results however
// they are implemented. For the transcendental functions, Go uses its own
// algorithms (pure Go in $GOROOT/src/math, assembly for Exp/Log on amd64);
// libm may differ from them in the last bit, so natives that must print
// exactly what Go prints should follow Go's algorithms.

package math

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 with IEEE 754 bits b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 with IEEE 754 bits b.
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Mod returns the floating-point remainder of x/y; its sign agrees with x.
func Mod(x, y float64) float64

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64

// Modf returns integer and fractional floating-point numbers that sum to f.
// Both values have the same sign as f.
func Modf(f float64) (int float64, frac float64)

// Frexp breaks f into a normalized fraction and an integral power of two:
// f == frac × 2**exp, with frac in [½, 1).
func Frexp(f float64) (frac float64, exp int)

// Ldexp is the inverse of Frexp: it returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64

// Logb returns the binary exponent of x.
func Logb(x float64) float64

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64)

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32)

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow.
func Hypot(p, q float64) float64

// Exp returns e**x, the base-e exponential of x.
func Exp(x float64) float64

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64

// Expm1 returns e**x - 1, more accurate than Exp(x) - 1 when x is near zero.
func Expm1(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log1p returns the natural logarithm of 1 plus its argument x.
func Log1p(x float64) float64

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64)

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64

// Erf returns the error function of x.
func Erf(x float64) float64

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64

// Erfinv returns the inverse error function of x.
func Erfinv(x float64) float64

// Erfcinv returns the inverse of Erfc(x).
func Erfcinv(x float64) float64

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int)

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64
