// Errorcheck: variable declarations whose type and initializer disagree, or whose initializers are missing values.
package main

import (
	"fmt"
	"strconv"
)

func three() (int, int, int) { return 1, 2, 3 }

var a, b int = 1, "two" // ERROR "cannot use .two. \(untyped string constant\) as int value in variable declaration"

var c, d = three() // ERROR "assignment mismatch: 2 variables but three returns 3 values"

var e int = strconv.Itoa(5) // ERROR "cannot use strconv\.Itoa\(5\) \(value of type string\) as int value in variable declaration"

var f, g, h = three()

func main() {
	var (
		x int     = 1
		y float64 = x       // ERROR "cannot use x \(variable of type int\) as float64 value in variable declaration"
		z []byte  = "bytes" // ERROR "cannot use .bytes. \(untyped string constant\) as \[\]byte value in variable declaration"
	)
	var w []byte = []byte("bytes") // fine: explicit conversion
	fmt.Println(a, b, c, d, e, f, g, h, x, y, z, w)
}
