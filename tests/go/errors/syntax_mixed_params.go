// Syntax error: a parameter list mixing named and unnamed parameters.
package main

func f(a int, b) { // ERROR "mixed named and unnamed parameters"
}

func main() {
	f(1, 2)
}
