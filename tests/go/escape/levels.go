// Leaks through dereferences: level=1 results and leaking content.
package main

type Holder struct{ p *int }

var g *int

func load(h *Holder) *int { // ERROR "leaking param: h to result ~r0 level=1"
	return h.p
}

func loadPP(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

func both(h *Holder) *int { // ERROR "leaking param content: h"
	g = h.p
	return h.p
}

func deep(ppp ***int) { // ERROR "leaking param content: ppp"
	g = **ppp
}

func main() {
	a := 1
	h := Holder{&a}
	_ = load(&h)
	b := 2
	pb := &b
	_ = loadPP(&pb)
	c := 3 // ERROR "moved to heap: c"
	h2 := &Holder{&c} // ERROR "&Holder\{\.\.\.\} does not escape"
	_ = both(h2)
	d := 4 // ERROR "moved to heap: d"
	pd := &d
	ppd := &pd
	deep(&ppd)
}
