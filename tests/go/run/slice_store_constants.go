// Storing constants into slice elements of every width: the compiler's
// store-immediate instructions must give the element type's value, and an
// out-of-range constant store must still panic with Go's message.
package main

import "fmt"

type flag bool
type small int8

func main() {
	b := make([]bool, 3)
	b[1] = true
	f := make([]flag, 2)
	f[0] = true
	i8 := make([]int8, 3)
	i8[0], i8[2] = -1, 127
	i8[1] = -128
	u8 := make([]uint8, 2)
	u8[1] = 255
	s := make([]small, 2)
	s[1] = -7
	n := make([]int, 3)
	n[0] = -2147483648
	n[1] = 2147483647
	n[2] = 1 << 40
	u := make([]uint64, 2)
	u[0] = 1<<64 - 1
	u[1] = 'x'
	fl := make([]float64, 2)
	fl[0] = 3
	fmt.Println(b, f, i8, u8, s, n, u, fl)
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 5
	n[k] = 1
}

// Output:
// [false true false] [true false] [-1 -128 127] [0 255] [0 -7] [-2147483648 2147483647 1099511627776] [18446744073709551615 120] [3 0]
// recovered: runtime error: index out of range [5] with length 3
