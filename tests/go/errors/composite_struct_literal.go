// Errorcheck: struct literals: unknown fields, too few/many values, mixed keyed and positional elements, duplicates.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	a := Point{X: 1, Z: 2}            // ERROR "unknown field Z in struct literal of type Point"
	b := Point{1}                     // ERROR "too few values in (struct literal of type Point|Point\{…\})"
	c := Point{1, 2, 3}               // ERROR "too many values in (struct literal of type Point|Point\{…\})"
	d := Point{X: 1, 2}               // ERROR "mixture of field:value and value elements in struct literal"
	e := Point{X: 1, X: 2}            // ERROR "duplicate field name X in struct literal"
	f := Person{"ann", "thirty", nil} // ERROR "cannot use .thirty. \(untyped string constant\) as int value in struct literal"
	g := Person{Name: "bob", Age: 3}  // fine: omitted fields are zero
	h := &Point{Y: 2}                 // fine
	i := Point{}                      // fine
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
