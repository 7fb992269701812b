// Function literals: assigned, passed, returned, immediately invoked, and as struct fields.
package main

import "fmt"

type op struct {
	name string
	f    func(int, int) int
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply(double, []int{1, 2, 3}))
	fmt.Println(apply(func(x int) int { return x * x }, []int{1, 2, 3}))
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))

	r := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(r)

	ops := []op{
		{"add", func(a, b int) int { return a + b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.f(6, 7))
	}

	var nilFn func()
	fmt.Println(nilFn == nil)

	func() {
		fmt.Println("immediately invoked")
	}()
	fmt.Printf("%T\n", compose)
}

// Output:
// [2 4 6]
// [1 4 9]
// 12 11
// 7
// add 13
// mul 42
// true
// immediately invoked
// func(func(int) int, func(int) int) func(int) int
