// Embedding an interface in a struct: the struct satisfies it and can override methods.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet(name string) string
	Bye() string
}

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }
func (English) Bye() string           { return "Goodbye" }

type Loud struct {
	Greeter
}

func (l Loud) Greet(n string) string { return strings.ToUpper(l.Greeter.Greet(n)) + "!" }

func main() {
	var g Greeter = Loud{English{}}
	fmt.Println(g.Greet("ann"), g.Bye())
	var empty Loud
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.Bye())
	}()
}

// Output:
// HELLO, ANN! Goodbye
// recovered: runtime error: invalid memory address or nil pointer dereference
