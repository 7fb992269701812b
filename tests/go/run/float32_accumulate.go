// float32 arithmetic rounds at each step; compare with float64 accumulation.
package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 1; i <= 1000; i++ {
		s32 += 1 / float32(i)
		s64 += 1 / float64(i)
	}
	fmt.Println(s32, s64)
	var big float32 = 1e8
	fmt.Println(big+1 == big, big+8, big*big, -big*big*big)
	a := float32(0.1)
	b := float32(0.7)
	fmt.Println(a+b, a*b, b/a, float64(a+b))
	fmt.Printf("%.10f %.10f\n", a, float64(a))
	var h float32 = 3.4028235e38
	fmt.Println(h*2, -h*2)
}

// Output:
// 7.4854784 7.485470860550343
// true 1.0000001e+08 1e+16 -1e+24
// 0.8 0.07 7 0.800000011920929
// 0.1000000015 0.1000000015
// +Inf -Inf
