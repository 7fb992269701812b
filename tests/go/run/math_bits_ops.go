// math/bits: counting, rotation, reversal, and full-width multiply/add.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.LeadingZeros32(1), bits.TrailingZeros(8))
	fmt.Println(bits.Len(0), bits.Len(255), bits.Len64(1<<40))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
}

// Output:
// 8 2 31 3
// 0 8 41
// 3 2147483648 128 13330
// 2 0
// 1 1
// 6148914691236517205 1
// 64
