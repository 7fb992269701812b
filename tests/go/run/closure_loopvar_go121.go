// Flags: -lang=go1.21
// With -lang=go1.21 (and in Go before 1.22) a for loop has ONE loop variable shared by all
// iterations: every closure sees its final value. Recorded with Go 1.19.
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
// 3;3;3;
// ccc
// 3 3 3
// 666
