// Errorcheck: the number of variables and values in assignments and declarations must agree.
package main

import (
	"fmt"
	"strconv"
)

func one() int             { return 1 }
func two() (int, error)    { return 2, nil }
func three() (a, b, c int) { return }

func main() {
	a, b := one()           // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	n := strconv.Atoi("12") // ERROR "assignment mismatch: 1 variable but strconv\.Atoi returns 2 values"
	x, y := 1, 2, 3         // ERROR "assignment mismatch: 2 variables but 3 values"
	var p, q int = 1        // ERROR "assignment mismatch: 2 variables but 1 value"
	var r, s = three()      // ERROR "assignment mismatch: 2 variables but three returns 3 values"
	var i, j int
	i, j = two() // ERROR "cannot use two\(\) \(value of type error\) as int value in assignment"
	i, j = 1     // ERROR "assignment mismatch: 2 variables but 1 value"
	i = 1, 2     // ERROR "assignment mismatch: 1 variable but 2 values"
	v, err := two()
	fmt.Println(a, b, n, x, y, p, q, r, s, i, j, v, err)
}
