// Closures created in loops; each captures its own copy via an explicit i := i,
// so the output is the same with per-iteration and shared loop variables.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), ";")
	}
	fmt.Println()

	// A variable declared inside the loop body is always fresh.
	var hs []func() int
	for i := 0; i < 3; i++ {
		sq := i * i
		hs = append(hs, func() int { return sq })
	}
	for _, h := range hs {
		fmt.Print(h(), ";")
	}
	fmt.Println()

	// Shared capture of a variable declared outside the loop.
	total := 0
	var adders []func()
	for k := 1; k <= 3; k++ {
		k := k
		adders = append(adders, func() { total += k })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println(total)
}

// Output:
// 0
// 10
// 20
// aa;bb;cc;
// 0;1;4;
// 6
