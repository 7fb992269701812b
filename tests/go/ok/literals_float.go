// Floating-point literals: decimal with and without exponent, leading/trailing dot, separators,
// hexadecimal floats with p exponents; printing with %v, %g, %e, %f. Upper-case 1E-3 and 0X are deliberate.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(3.14, 1., .5, 0.0, 1e3, 1E-3, 6.022e23, 1_000.000_1)
	fmt.Println(0x1p4, 0x1.8p1, 0X.8p0, 0x1p-2, 0x_1p10, 0x1.Fp+0)
	fmt.Println(2.5e-10, 123456789.0, 1e21, 1e20, 100000000000000000000.0)
	f := 1.0 / 3.0
	fmt.Println(f, float32(f))
	fmt.Printf("%f %.2f %8.3f %e %E %g\n", f, f, f, 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%g %g %g\n", 1e-7, 1e21, 100.0)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3) // float64 arithmetic rounds
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3) // exact constant arithmetic
	var x float64 = 7
	fmt.Println(x/2, -x/0.5)
	fmt.Println(math.Inf(1), math.Inf(-1), -math.Inf(1) < 0)
	z := 0.0
	fmt.Println(1/z, -1/z, z == -z)
	nan := z / z
	fmt.Println(nan == nan, nan != nan)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	fmt.Println(float64(int64(1)<<53) + 1)
}

// Output:
// 3.14 1 0.5 0 1000 0.001 6.022e+23 1000.0001
// 16 3 0.5 0.25 1024 1.9375
// 2.5e-10 1.23456789e+08 1e+21 1e+20 1e+20
// 0.3333333333333333 0.33333334
// 0.333333 0.33    0.333 1.234568e+03 1.234568E+03 1234.5678
// 1e-07 1e+21 100
// 0.30000000000000004 false
// true
// 3.5 -14
// +Inf -Inf true
// +Inf -Inf true
// false true
// true
// 9.007199254740992e+15
