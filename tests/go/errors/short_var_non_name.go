// Errorcheck: the left side of := must be identifiers (gc reports this while parsing, so nothing else is checked).
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]int{}
	m["a"] := 1 // ERROR "non-name m\[.a.\] on left side of :="
	var p Point
	p.X := 3 // ERROR "non-name p\.X on left side of :="
	fmt.Println(m, p)
}
