// Errorcheck: * needs a pointer operand; & needs an addressable operand (or a composite literal).
package main

import "fmt"

type Point struct{ X, Y int }

func compute() int { return 42 }

const limit = 10

func main() {
	n := 5
	fmt.Println(*n) // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	p := &n
	fmt.Println(*p)         // fine
	fmt.Println(&compute()) // ERROR "invalid operation: cannot take address of compute\(\) \(value of type int\)"
	fmt.Println(&limit)     // ERROR "invalid operation: cannot take address of limit \(untyped int constant 10\)"
	pt := &Point{1, 2}      // fine: composite literal
	m := map[string]int{"a": 1}
	fmt.Println(&m["a"]) // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	s := "text"
	fmt.Println(&s[0])    // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	fmt.Println(**p)      // ERROR "invalid operation: cannot indirect \*p \(variable of type int\)"
	fmt.Println(&(n + 1)) // ERROR "invalid operation: cannot take address of \(?n \+ 1\)? \(value of type int\)"
	fmt.Println(pt)
}
