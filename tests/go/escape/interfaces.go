// Interface conversions: boxed values escape when the interface escapes.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s } // ERROR "q does not escape"

func total(shapes []Shape) int { // ERROR "leaking param content: shapes"
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(s Shape) string { // ERROR "leaking param: s"
	return fmt.Sprintf("area=%d", s.Area()) // ERROR "\.\.\. argument does not escape" "s\.Area\(\) escapes to heap"
}

func area(s Shape) int { // ERROR "leaking param: s"
	return s.Area()
}

func main() {
	fmt.Println(area(Rect{2, 3})) // ERROR "\.\.\. argument does not escape" "area\(Rect\{\.\.\.\}\) escapes to heap" "Rect\{\.\.\.\} escapes to heap"
	q := &Sq{4} // ERROR "&Sq\{\.\.\.\} escapes to heap"
	fmt.Println(describe(q)) // ERROR "\.\.\. argument does not escape" "describe\(q\) escapes to heap"
	shapes := []Shape{Rect{1, 1}, &Sq{2}} // ERROR "\[\]Shape\{\.\.\.\} does not escape" "Rect\{\.\.\.\} escapes to heap" "&Sq\{\.\.\.\} escapes to heap"
	fmt.Println(total(shapes)) // ERROR "\.\.\. argument does not escape" "total\(shapes\) escapes to heap"
	var e interface{} = 42 // ERROR "42 does not escape"
	_ = e
}
