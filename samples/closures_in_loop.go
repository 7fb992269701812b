// closures_in_loop.go — closures created in a loop, and the Go 1.22 loop-variable change.
//
// gomini: output derived by reasoning — the Output block below is Go 1.22+ behaviour (gomini's
// default): every iteration of a `for` loop has its OWN copy of the loop variable, so each
// closure remembers the value of its own iteration and this prints 0 1 2.
//
// Before Go 1.22 (and in gomini with `-lang=go1.21`) the loop had ONE variable shared by all
// iterations: all closures saw its final value. Real Go 1.19 prints, for this same program:
//
//	3 3 3
//	c c c
//
// (see closures_in_loop_go121.go, whose output is recorded from Go 1.19.) The old fix was to
// copy the variable inside the body (`i := i`), which still works under every version.
package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i }) // captures the variable i, not its value
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
}

// Output:
// 0 1 2
// a b c
