// Pointers to locals returned from functions move the locals to the heap.
package main

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y} // ERROR "moved to heap: p"
	return &p
}

func newPoint2(x, y int) *Point {
	return &Point{X: x, Y: y} // ERROR "&Point\{\.\.\.\} escapes to heap"
}

func newCounter() *int {
	return new(int) // ERROR "new\(int\) escapes to heap"
}

func valuePoint(x int) Point {
	p := &Point{x, x} // ERROR "&Point\{\.\.\.\} does not escape"
	return *p
}

func main() {
	a := newPoint(1, 2)
	b := newPoint2(3, 4)
	c := newCounter()
	*c = a.X + b.Y
	println(*c, valuePoint(5).X)
}
