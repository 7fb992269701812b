// A value method called on a nil *T: through an interface or directly it is a nil dereference;
// through the method expression (*T).M, Go's wrapper reports the nil receiver (panicwrap).
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

type G interface{ Get() int }

func main() {
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		var p *T
		var g G = p
		fmt.Println(g.Get())
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		var p *T
		f := (*T).Get
		fmt.Println(f(p))
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		var p *T
		fmt.Println(p.Get())
	}()
}

// Output:
// runtime.errorString runtime error: invalid memory address or nil pointer dereference
// runtime.plainError value method main.T.Get called using nil *T pointer
// runtime.errorString runtime error: invalid memory address or nil pointer dereference
