// Errorcheck: assignments to things that are neither addressable nor map index expressions.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func origin() Point { return Point{} }

func (p Point) Moved() Point { p.X++; return p }

const limit = 10

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5 // ERROR "cannot assign to struct field m\[.a.\]\.X in map"
	s := "hello"
	s[0] = 'H'               // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)" // wording from Go 1.20
	origin().X = 3           // ERROR "cannot assign to origin\(\)\.X \(neither addressable nor a map index expression\)" // wording from Go 1.20
	limit = 11               // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)" // wording from Go 1.20
	strings.ToUpper(s) = "X" // ERROR "cannot assign to strings\.ToUpper\(s\) \(neither addressable nor a map index expression\)" // wording from Go 1.20
	p := Point{}
	p.Moved().Y = 1 // ERROR "cannot assign to p\.Moved\(\)\.Y \(neither addressable nor a map index expression\)" // wording from Go 1.20
	ptrs := map[string]*Point{"b": {}}
	ptrs["b"].X = 7 // fine: the map holds pointers
	arr := [3]int{}
	arr[0] = 1 // fine
	fmt.Println(m, s, p, ptrs, arr)
}
