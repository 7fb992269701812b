// Promotion depth: the shallowest field or method wins; outer methods shadow promoted ones.
package main

import "fmt"

type A struct{ X int }

func (A) Who() string   { return "A" }
func (A) Hello() string { return "hello from A" }

type B struct {
	A
	X string
}

func (B) Who() string { return "B" }

type C struct {
	B
	Y int
}

func main() {
	c := C{B{A{1}, "bx"}, 2}
	fmt.Println(c.X, c.B.X, c.A.X, c.B.A.X)
	fmt.Println(c.Who(), c.B.Who(), c.A.Who(), c.Hello())
	c.X = "new"
	c.A.X = 42
	fmt.Printf("%+v\n", c)
	type Whoer interface{ Who() string }
	var w Whoer = c
	fmt.Println(w.Who())
	w = c.A
	fmt.Println(w.Who())
}

// Output:
// bx bx 1 1
// B B A hello from A
// {B:{A:{X:42} X:new} Y:2}
// B
// A
