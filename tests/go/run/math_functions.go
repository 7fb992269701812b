// Common math functions printed with %.4f (and %v where results are exact).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Pow10(3))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Exp(1), math.Log(math.E), math.Log10(1000), math.Log2(1024))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Printf("%.4f %.4f\n", math.Log1p(0.5), math.Expm1(0.5))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.IsInf(math.Exp(1000), 1), math.Log(0), math.Log(-1))
}

// Output:
// 1.4142135623730951 12 NaN
// 3.5 -3 -2 -2 3 -3 2
// 7 3 NaN 0
// 1 -1 1
// 1024 0.5 1 NaN
// 5 3 1000
// 0.5000 0.5000 1.0000
// 1.5708 1.5708 0.7854 -2.3562
// 2.7183 1.0000 3.0000 10.0000
// 1.1752 1.5431 0.7616
// 0.4055 0.6487
// 0.5 4 8
// 3 0.75
// true -3 2 0
// 4607182418800017408 2 1065353216
// true -Inf NaN
