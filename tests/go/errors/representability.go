// Errorcheck: untyped constants of the wrong kind for the target type (string, bool, rune, float, nil).
package main

import "fmt"

type Level int
type Name string

func main() {
	var n int = "42"      // ERROR "cannot use .42. \(untyped string constant\) as int value in variable declaration"
	var s string = 65     // ERROR "cannot use 65 \(untyped int constant\) as string value in variable declaration"
	var ok bool = 1       // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var l Level = true    // ERROR "cannot use true \(untyped bool constant\) as Level value in variable declaration"
	var nm Name = 'x'     // ERROR "cannot use 'x' \(untyped rune constant 120\) as Name value in variable declaration"
	var i int = nil       // ERROR "cannot use nil as int value in variable declaration"
	var f float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	var c complex64 = 1i
	var g float64 = 2i // ERROR "cannot use 2i \(untyped complex constant \(0 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	fmt.Println(n, s, ok, l, nm, i, f, c, g)
}
