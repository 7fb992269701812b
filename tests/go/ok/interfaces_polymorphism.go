// Interfaces as polymorphism: a slice of interface values with different dynamic types, value and
// pointer receivers satisfying the interface, and interfaces holding structs compared by value.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func largest(shapes []Shape) (Shape, float64) {
	var best Shape
	max := -1.0
	for _, s := range shapes {
		if a := s.Area(); a > max {
			best, max = s, a
		}
	}
	return best, max
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	best, area := largest(shapes)
	fmt.Printf("%T %.2f\n", best, area)

	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(s1 == s2, s1 == Shape(Rect{2, 1}))

	c := &Circle{2}
	var s3 Shape = c
	c.R = 3 // the interface holds the pointer, so it sees the change
	fmt.Printf("%.2f\n", s3.Area())

	r := Rect{1, 1}
	var s4 Shape = r
	r.W = 10 // the interface holds a copy
	fmt.Println(s4.Area())
}

// Output:
// main.Rect 12.00 14.00
// *main.Circle 3.14 6.28
// main.Square 4.00 8.00
// *main.Rect 1.00 4.00
// main.Rect 12.00
// true false
// 28.27
// 1
