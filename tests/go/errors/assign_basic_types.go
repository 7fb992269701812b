// Errorcheck: values of one basic type used where another is required (assignment, declaration, argument, return).
package main

import (
	"fmt"
	"strconv"
)

func label(n int) string {
	return n // ERROR "cannot use n \(variable of type int\) as string value in return statement"
}

func twice(x float64) float64 { return 2 * x }

func main() {
	count := 3
	var name string
	name = count              // ERROR "cannot use count \(variable of type int\) as string value in assignment"
	var big int64 = count     // ERROR "cannot use count \(variable of type int\) as int64 value in variable declaration"
	fmt.Println(twice(count)) // ERROR "cannot use count \(variable of type int\) as float64 value in argument to twice"
	s := strconv.Itoa(count)
	count = s // ERROR "cannot use s \(variable of type string\) as int value in assignment"
	var r rune = 'a'
	var b byte = r // ERROR "cannot use r \(variable of type rune\) as byte value in variable declaration"
	ok := count > 1
	count = ok // ERROR "cannot use ok \(variable of type bool\) as int value in assignment"
	f32 := float32(1.5)
	var f64 float64 = f32 // ERROR "cannot use f32 \(variable of type float32\) as float64 value in variable declaration"
	fmt.Println(name, big, b, f64, label(1))
}
