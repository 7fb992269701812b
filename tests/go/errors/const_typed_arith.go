// Errorcheck: arithmetic on typed constants is checked against the constant's type.
package main

import (
	"fmt"
	"math"
)

const small int8 = 100
const maxU8 uint8 = 255

type Weekday int8

const Sunday Weekday = 127

func main() {
	a := small * 2                  // ERROR "small \* 2 \(constant 200 of type int8\) overflows int8"
	b := maxU8 + 1                  // ERROR "maxU8 \+ 1 \(constant 256 of type uint8\) overflows uint8"
	c := -maxU8                     // ERROR "-maxU8 \(constant -255 of type uint8\) overflows uint8"
	d := Sunday + 1                 // ERROR "Sunday \+ 1 \(constant 128 of type Weekday\) overflows int8"
	var e int64 = math.MaxInt64 + 1 // ERROR "cannot use math\.MaxInt64 \+ 1 \(untyped int constant 9223372036854775808\) as int64 value in variable declaration \(overflows\)"
	var f int32 = math.MinInt32
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small+27, maxU8-255) // fine
}
