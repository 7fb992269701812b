// Arrays are values: assignment, passing and returning copy them; == compares elements;
// arrays of arrays and arrays inside structs are copied too.
package main

import "fmt"

type Grid [2][2]int

type Holder struct {
	Vals [3]int
}

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

func (g Grid) Set(v int) Grid {
	g[0][0] = v
	return g
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)

	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)

	fmt.Println(a == [3]int{100, 2, 3}, a == b)

	var g Grid
	g2 := g.Set(5)
	fmt.Println(g, g2)

	h1 := Holder{[3]int{1, 2, 3}}
	h2 := h1
	h2.Vals[1] = 20
	fmt.Println(h1.Vals, h2.Vals)

	seen := map[[2]int]bool{{1, 2}: true}
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])

	arrs := [][2]string{{"a", "b"}}
	first := arrs[0]
	first[0] = "z"
	fmt.Println(arrs, first)

	var empty [0]int
	fmt.Println(len(empty), empty)

	sl := a[:]
	sl[2] = 33
	fmt.Println(a)
}

// Output:
// [1 2 3] [9 2 3]
// [1 2 3] [100 2 3]
// [100 2 3]
// true false
// [[0 0] [0 0]] [[5 0] [0 0]]
// [1 2 3] [1 20 3]
// true false
// [[a b]] [z b]
// 0 []
// [100 2 33]
