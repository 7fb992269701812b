// Float verbs %e %E %f %F %g %G with precision, width and flags; large and tiny values.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%e|%E|%f|%F|%g|%G\n", x, x, x, x, x, x)
	fmt.Printf("%.2e|%.0f|%.3f|%.10f|%.3g|%.10g\n", x, x, x, x, x, x)
	fmt.Printf("[%10.2f][%-10.2f][%010.2f][%+.2f][% .2f][%+10.1e]\n", x, x, x, x, x, x)
	y := 0.000012345
	fmt.Printf("%e|%f|%g|%G|%.2g\n", y, y, y, y, y)
	z := 1e21
	fmt.Printf("%e|%f|%g|%v\n", z, z, z, z)
	fmt.Printf("%g|%g|%g|%g|%g\n", 100000.0, 1000000.0, 1e-4, 1e-5, 0.1)
	fmt.Printf("%v|%v|%.1f|%.0f|%.0f|%.0f\n", 2.5, -0.0, 0.05, 0.5, 1.5, 2.5)
	fmt.Printf("%f|%e|%g|%8.3f|%-8.3f|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.Inf(1))
	fmt.Printf("%+f|%+g|% f|%010f|%-010f|\n", math.Inf(1), math.NaN(), math.Inf(1), math.Inf(-1), 1.5)
	fmt.Printf("%#g|%#.3g|%#e|%#.0f|%#.0e\n", 1.0, 2.0, 3.0, 4.0, 5.0)
	var f32 float32 = 0.1
	fmt.Printf("%v|%g|%.10f|%e\n", f32, f32, f32, f32)
	fmt.Printf("%.3v|%10v|%-10v|\n", math.Pi, math.Pi, 2.0)
	fmt.Printf("%x|%X|%.2x\n", 1.0, 255.5, math.Pi)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%6.2f%%\n", 99.5)
}

// Output:
// 1.234568e+03|1.234568E+03|1234.567800|1234.567800|1234.5678|1234.5678
// 1.23e+03|1235|1234.568|1234.5678000000|1.23e+03|1234.5678
// [   1234.57][1234.57   ][0001234.57][+1234.57][ 1234.57][  +1.2e+03]
// 1.234500e-05|0.000012|1.2345e-05|1.2345E-05|1.2e-05
// 1.000000e+21|1000000000000000000000.000000|1e+21|1e+21
// 100000|1e+06|0.0001|1e-05|0.1
// 2.5|0|0.1|0|2|2
// +Inf|-Inf|NaN|     NaN|+Inf    |
// +Inf|+NaN| Inf|      -Inf|1.500000  |
// 1.00000|2.00|3.000000e+00|4.|5.e+00
// 0.1|0.1|0.1000000015|1.000000e-01
// 3.14|3.141592653589793|2         |
// 0x1p+00|0X1.FFP+07|0x1.92p+01
// 4503599627370496p-52
//  99.50%
