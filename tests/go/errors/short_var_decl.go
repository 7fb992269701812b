// Errorcheck: := must declare at least one new variable, and may not repeat a name.
package main

import "fmt"

type File struct{ name string }

func open() (*File, error) { return &File{"x"}, nil }

func main() {
	a := 1
	a := 2       // ERROR "no new variables on left side of :="
	a, b := 3, 4 // fine: b is new
	f, err := open()
	g, err := open() // fine: g is new
	f, err := open() // ERROR "no new variables on left side of :="
	c, c := 1, 2     // ERROR "c repeated on left side of :="
	_ := 5           // ERROR "no new variables on left side of :="
	fmt.Println(a, b, c, f, g, err)
}
