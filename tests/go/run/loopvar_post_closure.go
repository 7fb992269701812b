// gomini: output derived by reasoning — Go 1.22 per-iteration loop variables (the oracle, Go 1.19,
// shares one variable). Spec: the variable of each later iteration "is declared implicitly before
// executing the post statement and initialized to the value of the previous iteration's variable
// at that moment", so a closure made in the post statement captures the NEW iteration's variable,
// which that iteration's body then changes; one made in the body after the post statement's i++
// keeps its own iteration's value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 2; fs = append(fs, func() int { return i }) {
		i++
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		fmt.Print(" ", g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i += 2 {
		hs = append(hs, func() int { return i })
		i++ // the body changes this iteration's variable after the capture
	}
	for _, h := range hs {
		fmt.Print(" ", h())
	}
	fmt.Println()
}

// Output:
//  2 2
//  0 10 20
//  1 4
