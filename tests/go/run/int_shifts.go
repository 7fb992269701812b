// Shifts: counts at or beyond the width give 0 (or -1 for negative signed values on >>).
package main

import "fmt"

func main() {
	var one int64 = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Println(s, one<<s, (-one)<<s, (one<<62)>>s, (-one<<62)>>s)
	}
	var u8 uint8 = 0x81
	for s := uint(0); s <= 9; s += 3 {
		fmt.Println("u8", s, u8<<s, u8>>s)
	}
	var i8 int8 = -128
	for s := 0; s <= 9; s += 3 {
		fmt.Println("i8", s, i8>>s, i8<<s)
	}
	var u32 uint32 = 0xffffffff
	n := 40
	fmt.Println(u32<<n, u32>>n, u32>>31, u32<<31)
	var k int = 3
	fmt.Println(1<<k, 1024>>k, -1024>>k, -1>>k)
	var sh uint64 = 70
	fmt.Println(uint64(5)<<sh, int32(-7)>>sh)
}

// Output:
// 0 1 -1 4611686018427387904 -4611686018427387904
// 1 2 -2 2305843009213693952 -2305843009213693952
// 31 2147483648 -2147483648 2147483648 -2147483648
// 32 4294967296 -4294967296 1073741824 -1073741824
// 62 4611686018427387904 -4611686018427387904 1 -1
// 63 -9223372036854775808 -9223372036854775808 0 -1
// 64 0 0 0 -1
// 65 0 0 0 -1
// 100 0 0 0 -1
// 1000 0 0 0 -1
// u8 0 129 129
// u8 3 8 16
// u8 6 64 2
// u8 9 0 0
// i8 0 -128 -128
// i8 3 -16 0
// i8 6 -2 0
// i8 9 -1 0
// 0 0 1 2147483648
// 8 128 -128 -1
// 0 -1
