// How Println (%v) formats float64: shortest representation, exponent for large/small values.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.125,
		3.14159265358979, 2.5e-10, 6.02214076e23, 1e100, 0.000001, 12345678901234567890}
	for _, v := range vals {
		fmt.Println(v)
	}
	fmt.Println(float32(0.1), float32(1.0/3), float32(1e20), float32(16777217))
	fmt.Print(1.5, 2.5, "\n")
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(float32(2.5)))
}

// Output:
// 0
// 1
// -1
// 0.5
// 0.3333333333333333
// 100
// 1e+06
// 1e+20
// 1e+21
// 0.0001
// 1e-05
// 1.23456789125e+08
// 3.14159265358979
// 2.5e-10
// 6.02214076e+23
// 1e+100
// 1e-06
// 1.2345678901234567e+19
// 0.1 0.33333334 1e+20 1.6777216e+07
// 1.5 2.5
// 3 2.5
