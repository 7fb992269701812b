// gc's devirtualization (Go 1.19 devirtualize.Static, before escape analysis): interface method
// calls whose receiver is a local variable defined once from a concrete value call the concrete
// method, so the receiver's summary is the method's own ("does not escape") and the call reads
// T.M(x.(T)); a reassigned variable, or a conversion from another interface, stays dynamic.
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int) *Rect
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int           { return r.w * r.h }
func (r *Rect) Scale(k int) *Rect  { r.w *= k; r.h *= k; return r } // ERROR "leaking param: r to result ~r0 level=0"
func (r Rect) Name() string        { return fmt.Sprint("rect", r.w) } // ERROR "\.\.\. argument does not escape" "\"rect\" escapes to heap" "r\.w escapes to heap"

type Named struct{ n string }

func (n Named) Name() string { return n.n } // ERROR "leaking param: n to result ~r0 level=0"

type Box struct {
	Named
	size int
}

type Labeler interface{ Name() string }

type Pt struct{ x, y int }

func (p Pt) Name() string { return "pt" }

func keep(s *Rect) *Rect { return s } // ERROR "leaking param: s to result ~r0 level=0"

var global *Rect

func main() {
	r := &Rect{2, 3} // ERROR "&Rect\{\.\.\.\} escapes to heap"
	var s Shape = r
	fmt.Println(s.Area()) // ERROR "devirtualizing s\.Area to \*Rect" "\.\.\. argument does not escape" "Rect\.Area\(s\.\(\*Rect\)\) escapes to heap"
	global = s.Scale(2) // ERROR "devirtualizing s\.Scale to \*Rect"
	fmt.Println(s.Name(), s.Scale(3).w) // ERROR "devirtualizing s\.Name to \*Rect" "devirtualizing s\.Scale to \*Rect" "\.\.\. argument does not escape" "Rect\.Name\(s\.\(\*Rect\)\) escapes to heap" "\(\*Rect\)\.Scale\(s\.\(\*Rect\), 3\)\.w escapes to heap"
	var l Labeler = Box{Named{"b"}, 1} // ERROR "Box\{\.\.\.\} does not escape"
	fmt.Println(l.Name()) // ERROR "devirtualizing l\.Name to Box" "\.\.\. argument does not escape" "Named\.Name\(l\.\(Box\)\.Named\) escapes to heap"
	l2 := Labeler(Pt{1, 2}) // ERROR "Labeler\(Pt\{\.\.\.\}\) does not escape"
	fmt.Println(l2.Name()) // ERROR "devirtualizing l2\.Name to Pt" "\.\.\. argument does not escape" "Pt\.Name\(l2\.\(Pt\)\) escapes to heap"
	var l3 Labeler = Rect{4, 5} // ERROR "Rect\{\.\.\.\} does not escape"
	name := l3.Name() // ERROR "devirtualizing l3\.Name to Rect"
	fmt.Println(len(name)) // ERROR "\.\.\. argument does not escape" "len\(name\) escapes to heap"
	var l4 Labeler = Pt{} // ERROR "Pt\{\} escapes to heap"
	l4 = Pt{3, 4} // ERROR "Pt\{\.\.\.\} escapes to heap"
	fmt.Println(l4.Name()) // ERROR "\.\.\. argument does not escape" "l4\.Name\(\) escapes to heap"
	func() { // ERROR "func literal does not escape"
		var s2 Shape = &Rect{1, 2} // ERROR "&Rect\{\.\.\.\} does not escape"
		fmt.Println(s2.Area()) // ERROR "devirtualizing s2\.Area to \*Rect" "\.\.\. argument does not escape" "Rect\.Area\(s2\.\(\*Rect\)\) escapes to heap"
	}()
	var l5 Labeler = Named{"x"} // ERROR "Named\{\.\.\.\} does not escape"
	defer l5.Name() // ERROR "devirtualizing l5\.Name to Named"
}

type PBox struct{ *Named }

func extra() {
	var l Labeler = PBox{&Named{"p"}} // ERROR "&Named\{\.\.\.\} does not escape"
	fmt.Println(l.Name()) // ERROR "devirtualizing l\.Name to PBox" "\.\.\. argument does not escape" "Named\.Name\(l\.\(PBox\)\.Named\) escapes to heap"
}
