// math constants and integer limits, printed with %v and %.4f.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Pi, math.E, math.Ln2, math.Log2E)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxUint8, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.4e %.4e\n", math.MaxFloat32, math.SmallestNonzeroFloat32)
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
}

// Output:
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.618033988749895
// 3.1416 2.7183 0.6931 1.4427
// 127 -128 32767 -32768 255 65535
// 2147483647 -2147483648 4294967295
// 9223372036854775807 -9223372036854775808 18446744073709551615
// 9223372036854775807 -9223372036854775808
// 1.7976931348623157e+308 5e-324
// 3.4028e+38 1.4013e-45
// true
