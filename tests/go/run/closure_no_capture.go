// Function literals without captures behave as ordinary functions and can be stored and passed.
package main

import (
	"fmt"
	"sort"
)

var ops = map[string]func(int, int) int{
	"add": func(a, b int) int { return a + b },
	"mul": func(a, b int) int { return a * b },
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	sq := func(x int) int { return x * x }
	fmt.Println(apply([]int{1, 2, 3}, sq))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return -x }))
	names := []string{"add", "mul"}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](6, 7))
	}
	fmt.Println(func(s string) string { return s + s }("ab"))
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	f()
	fmt.Println(f != nil)
}

// Output:
// [1 4 9]
// [-1 -2 -3]
// add 13
// mul 42
// abab
// true
// true
