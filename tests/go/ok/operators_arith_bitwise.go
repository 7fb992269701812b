// Arithmetic, comparison, bitwise and shift operators on ints, unsigned, floats and strings,
// including truncated division and remainder signs.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-17/5, -17%5, 17/-5, 17%-5, -17/-5, -17%-5)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)

	x, y := 0b1100, 0b1010
	fmt.Println(x&y, x|y, x^y, x&^y, ^x)
	fmt.Printf("%04b %04b %04b %04b\n", x&y, x|y, x^y, x&^y)

	var u uint8 = 0b1000_0001
	fmt.Println(u<<1, u>>1, ^u, u<<7, u>>7)
	i := -16
	fmt.Println(i>>2, i<<2, -1>>10)
	var shift uint = 70
	fmt.Println(1<<shift == 0, uint64(1)<<shift, int64(-8)>>shift)
	s := 3
	fmt.Println(1<<s, 1024>>s) // signed shift count

	f, g := 7.5, 2.0
	fmt.Println(f+g, f-g, f*g, f/g)
	fmt.Println(f > g, f == 7.5)

	s1, s2 := "abc", "abd"
	fmt.Println(s1 < s2, s1 == "abc", s1+s2, "Z" < "a", "" < "a")

	fmt.Println(+a, -a, !true)
	var r rune = 'a'
	fmt.Println(r+1, string(r+1))
}

// Output:
// 22 12 85 3 2
// -3 -2 -3 2 3 -2
// false true false false true true
// 8 14 6 4 -13
// 1000 1110 0110 0100
// 2 64 126 128 1
// -4 -64 -1
// true 0 -1
// 8 128
// 9.5 5.5 15 3.75
// true true
// true true abcabd true true
// 17 -17 false
// 98 b
