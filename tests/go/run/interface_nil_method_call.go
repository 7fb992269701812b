// Calling a method on a nil interface panics; on a nil pointer inside an interface it runs the method.
package main

import "fmt"

type T struct{ name string }

func (t *T) Name() string {
	if t == nil {
		return "<nil T>"
	}
	return t.name
}

type Namer interface{ Name() string }

func main() {
	var tp *T
	var n Namer = tp
	fmt.Println(n.Name(), n != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty Namer
		fmt.Println(empty.Name())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s fmt.Stringer
		_ = s.String()
	}()
}

// Output:
// <nil T> true
// recovered: runtime error: invalid memory address or nil pointer dereference
// recovered: runtime error: invalid memory address or nil pointer dereference
