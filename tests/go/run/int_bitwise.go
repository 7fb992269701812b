// Bitwise operators: & | ^ &^ and unary ^ on signed and unsigned types.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xf0
	fmt.Println(^u, u&^0x30, u|0x0f, u^0xff)
	var i int16 = -1
	fmt.Println(i&0x7fff, i^i, uint16(i)>>4)
	x := uint32(0x12345678)
	fmt.Printf("%08x %08x %08x\n", x&0xff00ff00, x|0x0f0f0f0f, x^0xffffffff)
	n := 0
	for v := uint64(0xdeadbeefcafe); v != 0; v &= v - 1 {
		n++
	}
	fmt.Println("popcount", n)
	a &^= 4
	b |= 1
	a ^= b
	fmt.Println(a, b)
}

// Output:
// 8 14 6 4 -13
// 15 192 255 15
// 32767 0 4095
// 12005600 1f3f5f7f edcba987
// popcount 35
// 3 11
