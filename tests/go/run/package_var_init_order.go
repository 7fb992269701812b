// Package-level variables are initialized in dependency order, not declaration order.
package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(list...)
var list = []int{a, b, c, d}

func f(s string) int {
	fmt.Println("init", s)
	return d + len(s)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair called")
	return 1, 2
}

func main() {
	fmt.Println(a, b, c, d, total, x, y)
}

// Output:
// init b
// init c
// pair called
// 8 4 4 3 19 1 2
