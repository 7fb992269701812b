// Errorcheck: names used outside the block that declares them (if/for/switch init statements, inner blocks, closures).
package main

import "fmt"

func lookup(k string) (int, bool) {
	if k == "a" {
		return 1, true
	}
	return 0, false
}

func main() {
	if v, ok := lookup("a"); ok {
		fmt.Println(v)
	}
	fmt.Println(v) // ERROR "undefined: v"

	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
	fmt.Println(i) // ERROR "undefined: i"

	{
		inner := 42
		fmt.Println(inner)
	}
	inner++ // ERROR "undefined: inner"

	switch n := 3; n {
	case 3:
		fmt.Println(n)
	}
	_ = n // ERROR "undefined: n"

	f := func() {
		local := "x"
		fmt.Println(local)
	}
	f()
	fmt.Println(local) // ERROR "undefined: local"
}
