// A closure factory: each call returns a closure capturing its own counter.
package main

import "fmt"

func counter() func() int {
	n := 0 // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x } // ERROR "func literal escapes to heap"
}

func main() {
	c1 := counter()
	c2 := counter()
	c1()
	c1()
	fmt.Println(c1(), c2()) // ERROR "\.\.\. argument does not escape" "c1\(\) escapes to heap" "c2\(\) escapes to heap"
	add := adder(10)
	fmt.Println(add(5)) // ERROR "\.\.\. argument does not escape" "add\(5\) escapes to heap"
}
