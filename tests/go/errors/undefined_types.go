// Errorcheck: undefined type names in declarations, signatures, conversions and composite literals.
package main

import "fmt"

type Celsius float64

func convert(c Celsius) Fahrenheit { // ERROR "undefined: Fahrenheit"
	return 0
}

func scale(xs []Vector) int { // ERROR "undefined: Vector"
	return len(xs)
}

type Pair struct {
	Left  Node // ERROR "undefined: Node"
	Right int
}

func main() {
	var m map[string]Entry // ERROR "undefined: Entry"
	c := Celsius(20)
	k := Kelvin(c)        // ERROR "undefined: Kelvin"
	r := Rect{W: 1, H: 2} // ERROR "undefined: Rect"
	fmt.Println(m, k, r, Pair{})
}
