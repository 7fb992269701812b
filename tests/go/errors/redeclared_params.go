// Errorcheck: a local declared in a function body clashes with a parameter or result of the same function.
package main

import "fmt"

func greet(name string) string {
	var name = "x" // ERROR "name redeclared in this block"
	return name
}

func total(xs []int) (sum int) {
	sum := 0 // ERROR "no new variables on left side of :="
	for _, x := range xs {
		sum += x
	}
	return sum
}

type T struct{}

func (t T) Method(t int) {} // ERROR "t redeclared in this block"

func main() {
	fmt.Println(greet("a"), total(nil))
	type local int
	type local string // ERROR "local redeclared in this block"
	var v local
	fmt.Println(v)
}
