// The explicit copy `i := i` gives per-iteration capture under every language version.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var names []func() string
	for _, n := range []string{"x", "y"} {
		n := n
		names = append(names, func() string { return n })
	}
	fmt.Println(names[0](), names[1]())
	acc := 0
	var adders []func()
	for i := 1; i <= 3; i++ {
		k := i * 10
		adders = append(adders, func() { acc += k })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println(acc)
}

// Output:
// 0
// 1
// 4
// 9
// x y
// 60
