package main

import "fmt"

type T struct{ a, b int }

var g *int
var gs []*int

func newInt() *int {
	x := 1 // ERROR "moved to heap: x"
	return &x
}

func newT() *T {
	return &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap"
}

func local() int {
	t := &T{3, 4} // ERROR "&T\{\.\.\.\} does not escape"
	p := new(int) // ERROR "new\(int\) does not escape"
	*p = t.a
	return *p
}

func store(p *int) { // ERROR "leaking param: p"
	g = p
}

func id(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func deref(p *int) int { // ERROR "p does not escape"
	return *p
}

func content(pp **int) { // ERROR "leaking param content: pp"
	g = *pp
}

func factory() func() int {
	x := 0 // ERROR "moved to heap: x"
	return func() int { // ERROR "func literal escapes to heap"
		x++
		return x
	}
}

func immediate() int {
	y := 2
	return func() int { return y * 2 }() // ERROR "func literal does not escape"
}

func noCapture() func() int {
	return func() int { return 7 } // ERROR "func literal escapes to heap"
}

func slices(n int) int {
	a := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape"
	b := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	c := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape"
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	m2 := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape"
	m2[1] = 2
	return len(a) + len(b) + len(c) + m["a"]
}

func prints(x int, s string) { // ERROR "leaking param: s"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap"
	fmt.Printf("%d\n", x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
	s2 := fmt.Sprint(x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
	_ = s2
}

func main() {
	p := newInt()
	q := newT()
	fmt.Println(*p, q.a, local()) // ERROR "\.\.\. argument does not escape" "\*p escapes to heap" "q\.a escapes to heap" "local\(\) escapes to heap"
	var z int // ERROR "moved to heap: z"
	store(&z)
	w := 5
	_ = id(&w)
	v := 6
	_ = deref(&v)
	f := factory()
	f()
	immediate()
	noCapture()
	slices(3)
	prints(1, "a")
	gs = append(gs, new(int)) // ERROR "new\(int\) escapes to heap"
}
