// Errorcheck: a library-style file (package other than main) is checked the same way and needs no func main.
package shapes

import (
	"math"
	"strings" // ERROR ".strings. imported and not used"
)

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c Circle) Scale(f float64) Circle {
	return Circle{c.R * f}
}

func Total(cs []Circle) float64 {
	sum := 0
	for _, c := range cs {
		sum += c.Area() // ERROR "invalid operation: sum \+= c\.Area\(\) \(mismatched types int and float64\)"
	}
	return sum // ERROR "cannot use sum \(variable of type int\) as float64 value in return statement"
}

func Biggest(cs []Circle) Circle {
	if len(cs) == 0 {
		return nil // ERROR "cannot use nil as Circle value in return statement"
	}
	best := cs[0]
	for _, c := range cs[1:] {
		if c.R > best.R {
			best = c
		}
	}
	return best
}
