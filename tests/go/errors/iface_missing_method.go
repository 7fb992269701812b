// Errorcheck: a type that lacks a method of the interface does not implement it.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Area() float64      { return 3.14 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

func total(shapes ...Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func first() Shape {
	return Rect{1, 2} // ERROR "cannot use Rect\{…\} \(value of type Rect\) as Shape value in return statement: Rect does not implement Shape \(missing method Perimeter\)"
}

func main() {
	var s Shape = Circle{1}
	s = Rect{2, 3} // ERROR "cannot use Rect\{…\} \(value of type Rect\) as Shape value in assignment: Rect does not implement Shape \(missing method Perimeter\)"
	r := Rect{1, 1}
	fmt.Println(total(Circle{2}, r)) // ERROR "cannot use r \(variable of type Rect\) as Shape value in argument to total: Rect does not implement Shape \(missing method Perimeter\)"
	var st fmt.Stringer = r          // ERROR "cannot use r \(variable of type Rect\) as fmt\.Stringer value in variable declaration: Rect does not implement fmt\.Stringer \(missing method String\)"
	var b strings.Builder
	var e error = b // ERROR "cannot use b \(variable of type strings\.Builder\) as error value in variable declaration: strings\.Builder does not implement error \(missing method Error\)"
	fmt.Println(s, st, e, first())
}
