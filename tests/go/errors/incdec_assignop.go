// Errorcheck: ++, -- and op= need numeric (or for +=, string) operands of a matching type.
package main

import "fmt"

type Celsius float64

const limit = 5

func main() {
	s := "abc"
	s++      // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	s += "d" // fine
	s -= "d" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	b := true
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	var t Celsius = 20
	t++      // fine
	t *= 1.5 // fine
	n := 3
	n += 0.5 // ERROR "0\.5 \(untyped float constant\) truncated to int"
	n <<= 2  // fine
	f := 2.0
	f %= 2  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	limit++ // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)" // wording from Go 1.20
	m := map[string]int{}
	m["k"]++ // fine
	fmt.Println(s, b, t, n, f, m)
}
