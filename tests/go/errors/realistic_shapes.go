// Errorcheck: an interface-based shapes program with method-set and satisfaction mistakes.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Square struct {
	Rect
}

func (s Square) Scale(f float64) { s.W *= f; s.H *= f }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Rect{2, 3},
		Circle{1}, // ERROR "cannot use Circle\{…\} \(value of type Circle\) as Shape value in array or slice literal: Circle does not implement Shape \(method Area has pointer receiver\)"
		&Circle{2},
		Square{Rect{1, 1}}, // fine: promoted methods
	}
	sort.Sort(byArea(shapes))
	sort.Sort(shapes) // ERROR "cannot use shapes \(variable of type \[\]Shape\) as sort\.Interface value in argument to sort\.Sort: \[\]Shape does not implement sort\.Interface \(missing method Len\)"
	for _, s := range shapes {
		fmt.Printf("%.2f\n", s.Area())
		s.Scale(2) // ERROR "s\.Scale undefined \(type Shape has no field or method Scale\)"
		if sq, ok := s.(Square); ok {
			sq.Scale(2)
		}
		if c, ok := s.(Circle); ok { // ERROR "impossible type assertion: s\.\(Circle\)"
			fmt.Println(c.R)
		}
	}
	var total int
	for _, s := range shapes {
		total += s.Perimeter() // ERROR "invalid operation: total \+= s\.Perimeter\(\) \(mismatched types int and float64\)"
	}
	fmt.Println(total, math.Round(total)) // ERROR "cannot use total \(variable of type int\) as float64 value in argument to math\.Round"
}
