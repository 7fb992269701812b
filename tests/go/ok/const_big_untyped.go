// Untyped constants are exact and may exceed every machine type, as long as the value used fits.
package main

import "fmt"

const big = 1 << 100
const huge = big * big
const small = huge >> 195

const (
	bigFloat = 1e300 * 1e300 // 1e600, fine as an untyped constant
	backDown = bigFloat / 1e590
)

const maxU64 = 1<<64 - 1
const minI64 = -1 << 63

func main() {
	fmt.Println(big >> 98)
	fmt.Println(small)
	fmt.Println(big / (1 << 90))
	fmt.Println(backDown)
	var u uint64 = maxU64
	var i int64 = minI64
	fmt.Println(u, i)
	fmt.Println(huge/big == big)
	fmt.Println(big%7, (big-1)%1000)
	const f = big * 1.5
	fmt.Println(f / big)
}

// Output:
// 4
// 32
// 1024
// 1e+10
// 18446744073709551615 -9223372036854775808
// true
// 2 375
// 1.5
