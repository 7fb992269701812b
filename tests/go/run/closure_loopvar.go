// gomini: output derived by reasoning — Go 1.22 semantics: each iteration of a for loop has its
// own loop variable, so closures created in different iterations capture different variables.
// (Go 1.19 shares one variable; see closure_loopvar_go121.go for that output, recorded with Go 1.19.)
// Cross-checked with Go 1.19 by adding `i := i` / `v := v` copies at the top of each loop body (and, for
// the loop that changes i in its body, copying the per-iteration variable back before the post statement).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	var gs []func() string
	for _, v := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return v })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h())
	}
	fmt.Println()
}

// Output:
// 0;1;2;
// abc
// 0 1 2
// 135
