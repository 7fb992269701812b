// Integer verbs %d %b %o %O %x %X %c %q %U with widths, zero padding and flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%b|%o|%x|%X|%#x\n", m, m, m, m, m, m)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d]\n", 42, 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%05d][%+d][% d]\n", -42, -42, -42, -42)
	fmt.Printf("[%.3d][%8.3d][%-8.3d][%08.3d][%.0d][%.0d]\n", 7, 7, 7, 7, 0, 1)
	fmt.Printf("[%x][%X][%#08x][%8x][%-8x|]\n", 3735928559, 3735928559, 255, 255, 255)
	fmt.Printf("%c|%c|%c|%q|%q|%q|%U|%#U|%U\n", 65, 0x4e16, 0x1F600, 'a', '\n', 0x4e16, 0x1F600, 'x', -1)
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x %X %o %b\n", uint64(1<<63), int64(-1<<63), uint8(8), int16(-1))
	fmt.Printf("%q %#q %+q\n", 'é', '\'', 'é')
	fmt.Printf("%v %d\n", []int{10, 20}, []uint8{1, 2})
	fmt.Printf("%x %X %#x\n", []int{10, 255}, [2]int{10, 255}, []int{1})
	fmt.Printf("%08b %o %#o %#O\n", 5, 64, 0, 8)
	fmt.Printf("%6.2d|%-6.2d|%+.3d\n", -5, 5, 5)
}

// Output:
// 255|11111111|377|0o377|ff|FF|0xff|0XFF|0377|0b11111111
// -42|-101010|-52|-2a|-2A|-0x2a
// [   42][42   ][00042][+42][ 42][  +42][+42  ][ 0042]
// [  -42][-0042][-42][-42]
// [007][     007][007     ][     007][][1]
// [deadbeef][DEADBEEF][0x000000ff][      ff][ff      |]
// A|世|😀|'a'|'\n'|'世'|U+1F600|U+0078 'x'|U+FFFFFFFFFFFFFFFF
// -128 255 -9223372036854775808 18446744073709551615
// 8000000000000000 -8000000000000000 10 -1
// 'é' '\'' '\u00e9'
// [10 20] [1 2]
// [a ff] [A FF] [0x1]
// 00000101 100 0 0o010
//    -05|05    |+005
