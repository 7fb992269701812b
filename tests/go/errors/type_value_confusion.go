// Errorcheck: types used where values are expected and values used where types are expected.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

var origin Point

func main() {
	fmt.Println(Point) // ERROR "Point \(type\) is not an expression"
	x := int           // ERROR "int \(type\) is not an expression"
	var p origin       // ERROR "origin \(variable of type Point\) is not a type"
	var b strings.Builder
	var c b             // ERROR "b \(variable of type strings\.Builder\) is not a type"
	n := Point.X        // ERROR "Point\.X undefined \(type Point has no method X\)"
	var sz = len(Point) // ERROR "Point \(type\) is not an expression"
	fmt.Println(x, p, c, n, sz)
	fmt.Println(fmt) // ERROR "use of package fmt not in selector"
}
