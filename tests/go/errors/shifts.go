// Errorcheck: shift operands must be integers; the shift count must be an integer (and non-negative when constant).
package main

import "fmt"

func main() {
	x := 1
	f := 2.0
	n := uint(3)
	fmt.Println(x<<n, x>>2) // fine
	fmt.Println(f << 2)     // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	fmt.Println(x << f)     // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	fmt.Println(x << -1)    // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	fmt.Println(1.5 << 2)   // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	s := "a"
	fmt.Println(x << s) // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	const c = 1 << 10
	var b byte = c >> 3       // fine: 128
	var v float64 = 1 << n    // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer" // wording from Go 1.20
	fmt.Println(b, v, 1.0<<3) // fine: 1.0 is an untyped integer value
}
