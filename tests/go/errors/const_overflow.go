// Errorcheck: untyped constants that overflow the type they are converted or assigned to.
package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big >> 98) // fine: big is untyped, result 4 fits int
	var x int = big        // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var b int8 = 300       // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	y := int8(300)         // ERROR "constant 300 overflows int8" // wording from Go 1.22
	var u uint = -1        // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var by byte
	by = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in assignment \(overflows\)"
	z := big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	fmt.Println(x, b, y, u, by, z)
	fmt.Println(uint8(255), int16(-32768)) // fine
}
