// Comparisons of unsigned values above the signed range, and conversions between widths in expressions.
package main

import "fmt"

func main() {
	var big uint64 = 1 << 63
	var small uint64 = 5
	fmt.Println(big > small, big+big == 0, big-1 > big)
	var i8 int8 = -1
	var u8 uint8 = uint8(i8)
	fmt.Println(u8 > 127, int(u8) > int(i8), uint16(i8), int16(u8))
	var a, b int32 = 2000000000, 2000000000
	fmt.Println(a+b, int64(a)+int64(b), int64(a+b))
	var x uint32 = 1
	fmt.Println(x-2 > x, int32(x-2))
	var m uint8 = 0x0f
	fmt.Println(uint8(m<<4)>>4, (m<<4)>>4, m<<4>>4 == m)
	var s int16 = 300
	fmt.Println(int8(s), uint8(s), int8(s)*2)
	fmt.Println(^uint(0) > 0, ^0)
}

// Output:
// true true false
// true true 65535 255
// -294967296 4000000000 -294967296
// true -1
// 15 15 true
// 44 44 88
// true -1
