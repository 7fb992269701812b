// interfaces_type_switch.go — interfaces, dynamic dispatch and type switches.
//
// An interface value holds a dynamic type and a value. Method calls dispatch on the
// dynamic type. A type switch branches on it: a case may list several types (the bound
// variable then keeps the interface type), and `case nil` matches a nil interface.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (c *Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("circle(r=%g)", c.R) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nothing at all"
	case int, int64:
		return fmt.Sprintf("an integer %v of type %T", x, x) // x is interface{} here
	case string:
		return fmt.Sprintf("a string of %d bytes", len(x)) // x is a string here
	case fmt.Stringer:
		return "a Stringer: " + x.String()
	case Shape:
		return fmt.Sprintf("a shape with area %.2f", x.Area())
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%T has area %.3f\n", s, s.Area())
	}
	for _, v := range []interface{}{nil, 42, int64(7), "hello", &Circle{2}, Rect{1, 2}, 3.14} {
		fmt.Println(describe(v))
	}
	// Comma-ok assertion: no panic when the type does not match.
	var s Shape = Rect{2, 2}
	if c, ok := s.(*Circle); ok {
		fmt.Println("circle", c.R)
	} else {
		fmt.Println("not a circle")
	}
}

// Output:
// main.Rect has area 12.000
// *main.Circle has area 3.142
// nothing at all
// an integer 42 of type int
// an integer 7 of type int64
// a string of 5 bytes
// a Stringer: circle(r=2)
// a shape with area 2.00
// something else: float64
// not a circle
