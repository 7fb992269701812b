// Errorcheck: an alias (type A = int) is identical to int; a defined type (type B int) is a new type.
package main

import "fmt"

type A = int
type B int
type Strings = []string
type Words []string
type BAlias = B

func takeInt(n int) int { return n }

func main() {
	var a A = 3
	var b B = 4
	var i int = a                       // fine: A and int are identical
	i = b                               // ERROR "cannot use b \(variable of type B\) as int value in assignment"
	fmt.Println(takeInt(a), takeInt(b)) // ERROR "cannot use b \(variable of type B\) as int value in argument to takeInt"
	var ba BAlias = b                   // fine: BAlias is B
	var s Strings = Words{"x"}          // fine: assignable, []string is unnamed
	var w Words = s
	b = a // ERROR "cannot use a \(variable of type int\) as B value in assignment"
	a = i
	fmt.Println(a+i, a+b) // ERROR "invalid operation: a \+ b \(mismatched types int and B\)"
	fmt.Println(ba, s, w)
}
