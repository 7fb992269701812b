// %v and %d on every integer type at its limits, and %x/%o/%b on negative values of each width.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64))
	fmt.Println(uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Printf("%x %x %x %x\n", int8(-1), int16(-2), int32(-3), int64(-4))
	fmt.Printf("%o %b %X\n", int8(-8), int8(-8), int16(-255))
	fmt.Printf("%d %v %c\n", byte('A'), byte('A'), byte('A'))
	fmt.Printf("%d %v %q\n", rune('A'), rune('A'), rune('A'))
	fmt.Printf("%v %d\n", uintptr(4096), uintptr(4096))
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint16(7), rune('x'))
	fmt.Printf("%08.3x|%-#10x|%+x\n", 255, 255, 255)
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// -1 -2 -3 -4
// -10 -1000 -FF
// 65 65 A
// 65 65 'A'
// 4096 4096
// -1 0x7 120
//      0ff|0xff      |+ff
