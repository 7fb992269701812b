// Errorcheck: function literals: recursive use before declaration, wrong result types, capturing undefined names.
package main

import "fmt"

func main() {
	fib := func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2) // ERROR "undefined: fib"
	}
	var fact func(int) int
	fact = func(n int) int { // fine: declared before the literal
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	toStr := func(n int) string {
		return n * 2 // ERROR "cannot use n \* 2 \(value of type int\) as string value in return statement"
	}
	var cb func(string) = func(n int) {} // ERROR "cannot use func\(n int\) \{\} \(value of type func\(n int\)\) as func\(string\) value in variable declaration"
	adder := func(a int) func(int) int {
		return func(b int) int { return a + b + c } // ERROR "undefined: c"
	}
	fmt.Println(fib(5), fact(3), toStr(1), cb, adder(1)(2))
	func() {
		return 1 // ERROR "too many return values"
	}()
}
