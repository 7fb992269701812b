// Flags: -lang=go1.21
// closures_in_loop_go121.go — the same program as closures_in_loop.go, run with -lang=go1.21.
//
// With the pre-1.22 semantics a `for` loop declares its variable ONCE; every closure captures
// that single variable, and by the time they run the loop has finished, so they all see its
// final value (3 for the counter, "c" for the range value). This output was recorded with
// real Go 1.19, which has these semantics.
package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for j, f := range funcs {
		if j > 0 {
			fmt.Print(" ")
		}
		fmt.Print(f())
	}
	fmt.Println()

	var names []func() string
	for _, s := range []string{"a", "b", "c"} {
		names = append(names, func() string { return s })
	}
	for j, f := range names {
		if j > 0 {
			fmt.Print(" ")
		}
		fmt.Print(f())
	}
	fmt.Println()

	// The portable fix: make a new variable per iteration explicitly.
	var fixed []func() int
	for i := 0; i < 3; i++ {
		i := i
		fixed = append(fixed, func() int { return i * 10 })
	}
	fmt.Println(fixed[0](), fixed[1](), fixed[2]())
}

// Output:
// 3 3 3
// c c c
// 0 10 20
