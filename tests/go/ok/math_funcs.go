// math: Sqrt, Pi, MaxInt64, MinInt64, Inf, Abs, Floor.
package main

import (
	"fmt"
	"math"
)

func hypot(a, b float64) float64 { return math.Sqrt(a*a + b*b) }

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), hypot(3, 4))
	fmt.Println(math.Pi)
	fmt.Printf("%.5f\n", math.Pi)
	fmt.Println(math.MaxInt64, math.MinInt64)
	var i64 int64 = math.MaxInt64
	fmt.Println(i64 - math.MaxInt64)
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Floor(2.7), math.Floor(-2.2))
	fmt.Println(math.Inf(1) > math.MaxInt64, math.Abs(math.Inf(-1)))
	area := math.Pi * 2 * 2
	fmt.Printf("%.3f\n", area)
	fmt.Println(int(math.Floor(7.99)), math.Sqrt(-1) != math.Sqrt(-1))
	const bigPi = math.Pi * 1e10 // math.Pi is an untyped constant: exact arithmetic
	f := bigPi                   // float64 variable
	fmt.Println(int64(f), int64(math.Pi*1e6/math.Pi))
}

// Output:
// 1.4142135623730951 4 5
// 3.141592653589793
// 3.14159
// 9223372036854775807 -9223372036854775808
// 0
// 3.5 2 2 -3
// true +Inf
// 12.566
// 7 true
// 31415926535 1000000
