// float64 and float32 arithmetic; float32 results are rounded to single precision.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*b, b/a, a-b)
	var f, g float32 = 0.1, 0.2
	fmt.Println(f+g, f*g, g/f)
	fmt.Println(float64(f), float64(f+g))
	x := 1e308
	fmt.Println(x*10, -x*10)
	y := 5e-324
	fmt.Println(y, y/2)
	var h float32 = 16777216
	fmt.Println(h+1, float64(h)+1)
	fmt.Println(7.0/2, float64(7)/2, 7/2)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var z float64
	fmt.Println(-z, 1/-z, z == -z)
}

// Output:
// 0.30000000000000004 0.020000000000000004 2 -0.1
// 0.3 0.020000001 2
// 0.10000000149011612 0.30000001192092896
// +Inf -Inf
// 5e-324 0
// 1.6777216e+07 1.6777217e+07
// 3.5 3.5 3
// 0.9999999999999999 false
// -0 -Inf true
