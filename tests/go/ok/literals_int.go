// Integer literals: decimal, hex, octal (0 and 0o prefixes), binary, with _ separators, and rune literals as ints.
// Upper-case prefixes (0X, 0O, 0B) are deliberate: the lexer must accept them (gofmt would lower-case them).
package main

import "fmt"

func main() {
	fmt.Println(42, 0, 1_000_000)
	fmt.Println(0x2A, 0X2a, 0xFF_FF, 0xdead_BEEF)
	fmt.Println(052, 0o52, 0O52, 0o7_7_7, 0_7)
	fmt.Println(0b101010, 0B1111_0000, 0b0)
	fmt.Println(1_2_3, 0x_1F)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
	fmt.Println('a', 'Z', '0', '\n', '\x7f', '\u00e9', '\U0001F600', '\101')
	fmt.Printf("%d %x %o %b %X\n", 255, 255, 255, 255, 255)
	fmt.Printf("%#x %#o %08b\n", 255, 8, 5)
	fmt.Println(00, 0x0, 1e3 == 1000)
}

// Output:
// 42 0 1000000
// 42 42 65535 3735928559
// 42 42 42 511 7
// 42 240 0
// 123 31
// 9223372036854775807 -9223372036854775808
// 18446744073709551615
// 97 90 48 10 127 233 128512 65
// 255 ff 377 11111111 FF
// 0xff 010 00000101
// 0 0 true
