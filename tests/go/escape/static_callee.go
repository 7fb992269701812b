// A local variable holding one func literal or one function is a static callee.
package main

var sink *int

func keep(p *int) { sink = p } // ERROR "leaking param: p"

func main() {
	f := func(p *int) int { return *p } // ERROR "p does not escape" "func literal does not escape"
	a := 1
	println(f(&a))
	g := keep
	b := 2 // ERROR "moved to heap: b"
	g(&b)
	h := func(p *int) int { return *p } // ERROR "p does not escape" "func literal does not escape"
	h = func(p *int) int { return *p + 1 } // ERROR "p does not escape" "func literal does not escape"
	c := 3 // ERROR "moved to heap: c"
	println(h(&c))
}
