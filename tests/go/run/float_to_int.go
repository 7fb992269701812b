// Float to integer conversion truncates toward zero; integer to float rounds to nearest.
package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e15, 255.99} {
		fmt.Println(f, int(f), int64(f), int32(int64(f)))
	}
	f1, f2 := 200.7, -100.9
	fmt.Println(uint8(f1), int8(f2))
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), float32(big), int64(float64(big)))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	x := 3
	fmt.Println(float64(x)/2, float32(x)/3)
}

// Output:
// 2.9 2 2 2
// -2.9 -2 -2 -2
// 0.5 0 0 0
// -0.5 0 0 0
// 1e+10 10000000000 10000000000 1410065408
// -1e+15 -1000000000000000 -1000000000000000 1530494976
// 255.99 255 255 255
// 200 -100
// 9.007199254740992e+15 9.007199e+15 9007199254740992
// 1.8446744073709552e+19 1.8446744e+19
// 1.5 1
