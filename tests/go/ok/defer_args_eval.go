// Arguments of a deferred call (and its receiver and function value) are evaluated at the defer statement;
// a deferred closure sees later changes.
package main

import "fmt"

type T struct{ v int }

func (t T) show()   { fmt.Println("value receiver", t.v) }
func (t *T) showP() { fmt.Println("pointer receiver", t.v) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred with x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2

	t := T{1}
	defer t.show()
	defer t.showP()
	t.v = 5

	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }

	arr := [2]int{1, 2}
	defer fmt.Println("array copied:", arr)
	sl := []int{1, 2}
	defer fmt.Println("slice shares:", sl)
	arr[0] = 100
	sl[0] = 100

	a()
	x = 3
	fmt.Println("end of main")
}

// Output:
// enter a
// in a
// leave a
// end of main
// slice shares: [100 2]
// array copied: [1 2]
// first f
// pointer receiver 5
// value receiver 1
// closure sees x = 3
// deferred with x = 1
