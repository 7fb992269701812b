// A closure factory: each call returns a new closure with its own captured variable.
package main

import "fmt"

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func makeMultiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	a := makeAdder(10)
	b := makeAdder(100)
	fmt.Println(a(1), a(1), b(1), a(5), b(0))
	double := makeMultiplier(2)
	triple := makeMultiplier(3)
	fmt.Println(double(7), triple(7))
	h := compose(double, makeAdder(1))
	fmt.Println(h(5), h(5))
	var fs []func(int) int
	for k := 1; k <= 3; k++ {
		fs = append(fs, makeMultiplier(k))
	}
	for _, f := range fs {
		fmt.Print(f(10), " ")
	}
	fmt.Println("end")
}

// Output:
// 11 12 101 17 101
// 14 21
// 11 21
// 10 20 30 end
