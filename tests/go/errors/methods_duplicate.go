// Errorcheck: a type may not have two methods with one name, nor a field and a method with the same name.
package main

import "fmt"

type Account struct {
	owner string
	total int
}

func (a *Account) Deposit(n int) { a.total += n }

func (a Account) Deposit(n int) {} // ERROR "method Account\.Deposit already declared at"

func (a *Account) Owner() string { return a.owner }

func (a *Account) Owner() string { return "" } // ERROR "method Account\.Owner already declared at"

type Point struct {
	X, Y int
}

func (p Point) X() int { return 0 } // ERROR "field and method with the same name X"

type Reader interface {
	Read() string
	Read() string // ERROR "duplicate method Read"
}

func main() {
	var a Account
	a.Deposit(1)
	fmt.Println(a.Owner(), Point{}.Y)
	var r Reader
	fmt.Println(r)
}
