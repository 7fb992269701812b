// Declarations inside function bodies: local consts (with iota), local types,
// local type aliases, local vars, and function-local types shadowing package-level ones.
package main

import "fmt"

type Kind int

const Top = "package-level"

func main() {
	const (
		low = iota * 5
		mid
		high
	)
	fmt.Println(low, mid, high)

	type Kind string // shadows the package-level Kind
	var k Kind = "local"
	fmt.Printf("%T %v\n", k, k)

	type pair struct {
		key string
		val int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", ps, ps[1])

	type ints = []int
	var xs ints = []int{1, 2}
	fmt.Printf("%T %v\n", xs, xs)

	const Top = "shadowed"
	fmt.Println(Top)

	var (
		count = len(ps)
		name  = "local"
	)
	fmt.Println(count, name)

	{
		type pair int // a different local type in a nested block
		var p pair = 3
		fmt.Printf("%T %v\n", p, p)
	}

	f := func() Kind {
		type inner struct{ s Kind }
		return inner{"from closure"}.s
	}
	fmt.Println(f())
}

// Output:
// 0 5 10
// main.Kind local
// [{a 1} {b 2}] {key:b val:2}
// []int [1 2]
// shadowed
// 2 local
// main.pair 3
// from closure
