// strconv.ParseFloat and FormatFloat with formats 'f', 'e', 'g', 'b'-free, precision -1 and bit sizes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "inf", "-Inf", "NaN", ".5", "0x1p-2", "1_000.5", "+7"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'e', 3, 64), strconv.FormatFloat(x, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(x, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'G', 4, 64), strconv.FormatFloat(0.000001234, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1, 'b', -1, 64))
	b := strconv.AppendFloat(nil, 6.25, 'f', 1, 64)
	fmt.Println(string(b))
}

// Output:
// 3.14 3.14 <nil>
// -0.5 -0.5 <nil>
// 1e10 1e+10 <nil>
// 1E-3 0.001 <nil>
// inf +Inf <nil>
// -Inf -Inf <nil>
// NaN NaN <nil>
// .5 0.5 <nil>
// 0x1p-2 0.25 <nil>
// 1_000.5 1000.5 <nil>
// +7 7 <nil>
// 0.10000000149011612 <nil> 0.1
// 1234.57 1.235e+03 1234.5678
// 1234.5677 0.1 0.10000000000000000555
// 1e+21 1000000000000000000000 0
// 1.235E+08 1.234E-06
// 2 4 1.00
// 0x1.fep+07 4503599627370496p-52
// 6.2
