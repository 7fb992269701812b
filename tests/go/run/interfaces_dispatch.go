// Interface method calls dispatch on the dynamic type; the same method set through different interfaces.
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

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface{ Name() string }

func (r Rect) Name() string { return "rect" }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}, &Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println("named:", n.Name())
		}
	}
	var s Shape = Rect{1, 2}
	s = &Circle{2}
	fmt.Printf("%.2f\n", s.Area())
}

// Output:
// main.Rect 12.000 14.000
// *main.Circle 3.142 6.283
// main.Square 4.000 8.000
// *main.Rect 1.000 4.000
// total 20.1416
// named: rect
// named: rect
// named: rect
// 12.57
