// Package-level variables initialize in dependency order (not source order), before init() functions,
// which run in source order (several init functions allowed), before main.
package main

import "fmt"

// Order: c (no deps), d (no deps), b (f refers to d), a (needs b and c), list, total, order, late.
var (
	a = c + b
	b = f()
	c = 2
	d = 3
)

var total = sum(list)

var list = []int{a, b, c, d}

var trace []string

func f() int {
	trace = append(trace, "f called")
	return d + 1
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var order = record("order")

func record(s string) string {
	trace = append(trace, "init var "+s)
	return s
}

func init() {
	trace = append(trace, "init #1")
	fmt.Println("init 1: a, b, c, d =", a, b, c, d)
}

func init() {
	trace = append(trace, "init #2")
	fmt.Println("init 2: total =", total)
}

var late = record("late")

func main() {
	fmt.Println("main")
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(order, late)
}

// Output:
// init 1: a, b, c, d = 6 4 2 3
// init 2: total = 15
// main
// f called
// init var order
// init var late
// init #1
// init #2
// order late
