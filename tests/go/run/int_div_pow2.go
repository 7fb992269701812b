// Division and remainder by powers of two on negative numbers truncate toward zero (unlike >>).
package main

import "fmt"

func main() {
	for _, v := range []int{-9, -8, -7, -1, 0, 1, 7, 8, 9} {
		fmt.Println(v, v/4, v%4, v>>2, v&3, v/-4, v%-4)
	}
	var a int8 = -127
	fmt.Println(a/2, a%2, a/64, a%64, a>>6)
	var b int16 = -32767
	fmt.Println(b/256, b%256, b>>8)
	var c int32 = -1
	fmt.Println(c/2, c%2, c>>1, uint32(c)/2)
	var d int64 = -(1 << 62)
	fmt.Println(d/(1<<30), d%(1<<30), d/3, d%3)
	var u uint = 1<<63 + 5
	fmt.Println(u/8, u%8, u>>3)
}

// Output:
// -9 -2 -1 -3 3 2 -1
// -8 -2 0 -2 0 2 0
// -7 -1 -3 -2 1 1 -3
// -1 0 -1 -1 3 0 -1
// 0 0 0 0 0 0 0
// 1 0 1 0 1 0 1
// 7 1 3 1 3 -1 3
// 8 2 0 2 0 -2 0
// 9 2 1 2 1 -2 1
// -63 -1 -1 -63 -2
// -127 -255 -128
// 0 -1 -1 2147483647
// -4294967296 0 -1537228672809129301 -1
// 1152921504606846976 5 1152921504606846976
