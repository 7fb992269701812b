// x%c == 0 and x%c != 0 in conditions (compiled to one divisibility branch): negative
// operands and divisors, narrow types, the extremes, and in both branch senses.
package main

import (
	"fmt"
	"math"
)

func main() {
	var out []int
	for x := -7; x <= 7; x++ {
		if x%3 == 0 {
			out = append(out, x)
		}
	}
	fmt.Println(out)
	out = nil
	for x := -7; x <= 7; x++ {
		if x%-4 != 0 {
			continue
		}
		out = append(out, x)
	}
	fmt.Println(out)
	var small int8 = -128
	fmt.Println(small%2 == 0, small%3 == 0, small%-128 == 0)
	big := int64(math.MinInt64)
	fmt.Println(big%2 == 0, big%7 == 0, big%1000000007 != 0)
	var u32 int32 = math.MaxInt32
	fmt.Println(u32%7 == 0, u32%2147483647 == 0)
	n := 0
	for i := 1; i <= 100; i++ {
		if i%3 == 0 && i%5 == 0 {
			n += 100
		} else if i%3 == 0 || !(i%5 != 0) {
			n++
		}
	}
	fmt.Println(n)
	var uu uint = 18446744073709551615
	fmt.Println(uu%3 == 0, uu%5 == 0)
}

// Output:
// [-6 -3 0 3 6]
// [-4 0 4]
// true false true
// true false true
// false true
// 641
// true true
