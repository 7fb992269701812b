// Arguments of a deferred call (and its receiver) are evaluated at the defer statement.
package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) ShowP() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	t := T{"first"}
	defer t.Show()
	defer t.ShowP()
	t.name = "second"
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s)
	s[0] = 100
	s = append(s, 4)
	a()
	f := func(n int) { fmt.Println("f", n) }
	defer f(x * 10)
	f = func(n int) { fmt.Println("g", n) }
	fmt.Println("main end")
}

// Output:
// entering a
// in a
// leaving a
// main end
// f 30
// slice at defer: [100 2 3]
// pointer receiver: second
// value receiver: first
// closure x = 3
// deferred x = 1
