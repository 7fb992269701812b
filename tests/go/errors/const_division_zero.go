// Errorcheck: division or remainder by a constant zero is a compile-time error, for integers and floats.
package main

import "fmt"

const zero = 0

func average(sum, n int) int {
	if n == 0 {
		return sum / zero // ERROR "invalid operation: division by zero"
	}
	return sum / n
}

func main() {
	x := 10
	fmt.Println(x / 0) // ERROR "invalid operation: division by zero"
	fmt.Println(x % 0) // ERROR "invalid operation: division by zero"
	const f = 1.5
	fmt.Println(f / 0.0) // ERROR "invalid operation: division by zero"
	g := 2.5
	fmt.Println(g / 0.0) // float variable / 0.0 is +Inf at run time: no error
	const c = 7 / zero   // ERROR "invalid operation: division by zero"
	x /= 0               // ERROR "invalid operation: division by zero"
	var z int
	fmt.Println(x/z, average(1, 0), c) // division by a variable zero is only a run-time panic
}
