// Integer arithmetic wraps around at every width (two's complement), for signed and unsigned types.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var m8 int8 = -128
	fmt.Println(-m8, m8*-1, m8/-1)

	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	u8 = 0
	u8--
	fmt.Println(u8)
	var x8 uint8 = 200
	fmt.Println(x8+x8, x8*2, x8*x8)

	var i16 int16 = 32767
	i16 += 1
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)

	var i32 int32 = 1<<31 - 1
	i32++
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, i64 == math.MinInt64)
	min := int64(math.MinInt64)
	fmt.Println(-min, min/-1, min%-1)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)

	n := math.MaxInt64
	n++
	fmt.Println(n)
	var big uint64 = 1 << 63
	fmt.Println(big*2, big+big-1)

	h := uint32(2166136261)
	for _, c := range []byte("gomini") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}

// Output:
// -128
// 127
// -128 -128 -128
// 0
// 255
// 144 144 64
// -32768
// 1
// -2147483648
// 0
// -9223372036854775808 true
// -9223372036854775808 -9223372036854775808 0
// 18446744073709551615
// -9223372036854775808
// 0 18446744073709551615
// 1065188124
