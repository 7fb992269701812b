// Errorcheck: operators applied to operand types that do not support them.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	n := 4
	s := "text"
	f := 1.5
	b := true
	p := Point{}
	fmt.Println(!n)     // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	fmt.Println(-s)     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	fmt.Println(b + b)  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	fmt.Println(f % 2)  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	fmt.Println(n && n) // ERROR "invalid operation: operator && not defined on n \(variable of type int\)"
	fmt.Println(f & f)  // ERROR "invalid operation: operator & not defined on f \(variable of type float64\)"
	fmt.Println(^f)     // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	fmt.Println(p + p)  // ERROR "invalid operation: operator \+ not defined on p \(variable of type Point\)"
	fmt.Println(s * s)  // ERROR "invalid operation: operator \* not defined on s \(variable of type string\)"
	fmt.Println(b < b)  // ERROR "invalid operation: b < b \(operator < not defined on bool\)"
}
