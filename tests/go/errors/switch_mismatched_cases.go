// Errorcheck: case values must be comparable with (and convertible to) the switch tag's type.
package main

import "fmt"

type Weekday int

func main() {
	n := 3
	switch n {
	case "three": // ERROR "cannot convert .three. \(untyped string constant\) to type int"
	case 2.5: // ERROR "2\.5 \(untyped float constant\) truncated to int"
	case 1:
	}
	s := "x"
	switch s {
	case 'x': // ERROR "cannot convert 'x' \(untyped rune constant 120\) to type string"
	}
	var d Weekday = 1
	m := 1
	switch d {
	case m: // ERROR "invalid case m in switch on d \(mismatched types int and Weekday\)"
	case 0:
	}
	switch f := 1.5; f {
	case n: // ERROR "invalid case n in switch on f \(mismatched types int and float64\)"
	}
	xs := []int{}
	switch xs {
	case nil: // fine: slices may be compared to nil
	}
	type pair struct{ keys []string }
	p := pair{}
	switch p { // ERROR "cannot switch on p \(variable of type pair\) \(pair is not comparable\)"
	}
	fmt.Println(n, s, d)
}
