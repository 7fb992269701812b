// All if forms: plain, else, else-if chains, with an init statement, and scoping of init variables.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func parse(s string) {
	if v, err := strconv.Atoi(s); err != nil {
		fmt.Println("bad:", s)
	} else if v > 100 {
		fmt.Println("big:", v)
	} else {
		fmt.Println("ok:", v)
	}
}

func main() {
	for _, n := range []int{-5, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	parse("42")
	parse("420")
	parse("x42")

	x := 10
	if x > 5 {
		fmt.Println("x > 5")
	}
	if x := 3; x > 5 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	if m := map[string]int{"k": 1}; m["k"] == 1 {
		fmt.Println("found k")
	}
	if y := x * 2; y == 20 && x == 10 || false {
		fmt.Println("y is", y)
	}
	var ok bool
	if !ok {
		fmt.Println("not ok")
	}
}

// Output:
// -5 negative
// 0 zero
// 4 even
// 7 odd
// ok: 42
// big: 420
// bad: x42
// x > 5
// inner x 3
// outer x 10
// found k
// y is 20
// not ok
