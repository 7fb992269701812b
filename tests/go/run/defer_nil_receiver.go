// defer evaluates the receiver at the defer statement: a value-receiver method on a nil pointer panics then.
package main

import "fmt"

type T struct{ name string }

func (t T) Value() { fmt.Println("value", t.name) }
func (t *T) Ptr() {
	if t == nil {
		fmt.Println("ptr method on nil")
		return
	}
	fmt.Println("ptr", t.name)
}

func run(p *T) (err interface{}) {
	defer func() { err = recover() }()
	defer p.Ptr()
	fmt.Println("deferring value method")
	defer p.Value()
	fmt.Println("not reached when p is nil")
	return nil
}

func main() {
	fmt.Println(run(&T{"x"}))
	fmt.Println(run(nil))
	var f func()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer f()
		fmt.Println("deferred a nil func")
	}()
}

// Output:
// deferring value method
// not reached when p is nil
// value x
// ptr x
// <nil>
// deferring value method
// ptr method on nil
// runtime error: invalid memory address or nil pointer dereference
// deferred a nil func
// recovered: runtime error: invalid memory address or nil pointer dereference
