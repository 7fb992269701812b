// Method values through a nil embedded pointer: pointer methods bind the nil pointer, value methods panic at once.
package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) PtrName() string {
	if i == nil {
		return "nil inner"
	}
	return "inner"
}
func (i Inner) ValName() string { return "value inner" }

type Outer struct {
	*Inner
}

func main() {
	var o Outer
	f := o.PtrName
	fmt.Println(f())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g := o.ValName
		fmt.Println("not reached", g())
	}()
	o.Inner = &Inner{1}
	g := o.ValName
	o.Inner = nil
	fmt.Println(g(), o.PtrName())
}

// Output:
// nil inner
// recovered: runtime error: invalid memory address or nil pointer dereference
// value inner nil inner
