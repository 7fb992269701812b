// Errorcheck: iota is only defined inside constant declarations.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const KB = 1 << (10 * (iota + 1)) // fine: iota is 0 here

var counter = iota // ERROR "cannot use iota outside constant declaration"

func next() int {
	return iota + 1 // ERROR "cannot use iota outside constant declaration"
}

func main() {
	x := iota              // ERROR "cannot use iota outside constant declaration"
	const local = iota * 2 // fine
	fmt.Println(Sunday, Monday, Tuesday, KB, counter, next(), x, local)
}
