// Short variable declarations: multiple variables, redeclaration when at least one is new,
// and a new variable (not a redeclaration) in an inner scope.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, error) { return 1, nil }

func main() {
	a, b := 1, 2
	fmt.Println(a, b)

	b, c := 20, 30 // b reused, c new
	fmt.Println(a, b, c)

	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	m, err := strconv.Atoi("x") // err reused
	fmt.Println(m, err != nil)

	x, err := pair()
	fmt.Println(x, err)

	if x, y := 100, 200; x < y {
		fmt.Println("inner", x, y) // new x in the if scope
	}
	fmt.Println("outer", x)

	i, j := 0, 1
	i, j = j, i
	fmt.Println(i, j)

	_, d := 5, 6
	fmt.Println(d)

	s := []int{1, 2, 3}
	k := 0
	k, s[k] = 1, 9 // index is evaluated before assignment
	fmt.Println(k, s)

	var v int
	v, w := 7, 8
	fmt.Println(v, w)
}

// Output:
// 1 2
// 1 20 30
// 12 <nil>
// 0 true
// 1 <nil>
// inner 100 200
// outer 1
// 1 0
// 6
// 1 [9 2 3]
// 7 8
