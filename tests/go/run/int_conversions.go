// Integer conversions truncate to the destination width and sign-extend or zero-extend.
package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var z int64 = 0x123456789
	fmt.Println(int32(z), uint32(z), int16(z), uint8(z))
	var b int8 = -5
	fmt.Println(uint8(b), int64(b), uint64(b))
	var u uint8 = 250
	fmt.Println(int8(u), int(u))
	var big uint64 = 1<<64 - 1
	fmt.Println(int64(big), int(big), int32(big))
	var h uint32 = 0x80000000
	fmt.Println(int32(h), int64(int32(h)), int64(h))
	type Celsius int32
	c := Celsius(37)
	fmt.Println(int64(c)+1, Celsius(int8(c*4)))
}

// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// 591751049 591751049 26505 137
// 251 -5 18446744073709551611
// -6 250
// -1 -1 -1
// -2147483648 -2147483648 2147483648
// 38 -108
