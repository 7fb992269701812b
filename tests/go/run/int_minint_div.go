// MinInt / -1 overflows: the quotient wraps to MinInt and the remainder is 0 (no panic).
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MinInt64
	m := int64(-1)
	fmt.Println(a/m, a%m)
	var b int32 = math.MinInt32
	n := int32(-1)
	fmt.Println(b/n, b%n)
	var c int8 = -128
	o := int8(-1)
	fmt.Println(c/o, c%o)
	var d int16 = -32768
	p := int16(-1)
	fmt.Println(d/p, d%p)
	var e int = math.MinInt
	q := -1
	fmt.Println(e/q, e%q, e*q)
}

// Output:
// -9223372036854775808 0
// -2147483648 0
// -128 0
// -32768 0
// -9223372036854775808 0 -9223372036854775808
