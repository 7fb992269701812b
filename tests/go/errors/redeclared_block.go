// Errorcheck: the same name declared twice in one block ("redeclared in this block"), at package and local level.
package main

import "fmt"

var counter int
var counter string // ERROR "counter redeclared in this block"

const limit = 10

type limit struct{} // ERROR "limit redeclared in this block"

func helper() {}

func helper() {} // ERROR "helper redeclared in this block"

func swap(a, b int, a string) { // ERROR "a redeclared in this block"
}

func pair() (x int, x int) { // ERROR "x redeclared in this block"
	return 1, 2
}

func main() {
	name := "first"
	var name string // ERROR "name redeclared in this block"
	const max = 3
	max := 4 // ERROR "cannot assign to max"
	{
		name := "inner is fine"
		fmt.Println(name)
	}
	fmt.Println(name, counter, max)
}
