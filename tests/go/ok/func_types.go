// Function types: named func types, func values in maps and slices, funcs returning funcs,
// methods on func types, and comparing to nil.
package main

import (
	"fmt"
	"sort"
)

type BinOp func(int, int) int

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

func reduce(xs []int, init int, op BinOp) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func makeMultiplier(k int) func(int) int { return func(x int) int { return x * k } }

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	names := make([]string, 0)
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	xs := []int{3, 1, 4, 1, 5}
	for _, n := range names {
		fmt.Println(n, reduce(xs, 1, ops[n]))
	}

	var h Handler = func(s string) string { return s + "!" }
	fmt.Println(h.Twice("hi"))

	triple := makeMultiplier(3)
	fmt.Println(triple(7))

	pipeline := []func(int) int{makeMultiplier(2), func(x int) int { return x + 1 }, triple}
	v := 1
	for _, f := range pipeline {
		v = f(v)
	}
	fmt.Println(v)

	var op BinOp
	fmt.Println(op == nil)
	op = ops["add"]
	fmt.Println(op != nil, op(2, 3))

	var curried func(int) func(int) func(int) int
	curried = func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curried(1)(2)(3))
	fmt.Printf("%T\n", h)
}

// Output:
// add 15
// max 5
// mul 60
// hi!!
// 21
// 9
// true
// true 5
// 123
// main.Handler
