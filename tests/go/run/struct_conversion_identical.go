// Converting between struct types with identical fields; named types over the same underlying type.
package main

import "fmt"

type A struct {
	X, Y int
}
type B struct {
	X, Y int
}
type C A

func (c C) Sum() int { return c.X + c.Y }

type Meters float64
type Feet float64

func main() {
	a := A{1, 2}
	b := B(a)
	c := C(b)
	b.X = 100
	fmt.Println(a, b, c, c.Sum())
	anon := struct{ X, Y int }{3, 4}
	a = anon
	fmt.Println(a, A(anon) == a)
	m := Meters(100)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f %T %T\n", f, f, m)
	type Row []int
	r := Row([]int{1, 2})
	plain := []int(r)
	plain[0] = 50
	fmt.Println(r)
}

// Output:
// {1 2} {100 2} {1 2} 3
// {3 4} true
// 328.08 main.Feet main.Meters
// [50 2]
