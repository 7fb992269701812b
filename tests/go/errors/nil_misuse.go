// Errorcheck: untyped nil has no default type and is not assignable to non-nillable types.
package main

import "fmt"

type Point struct{ X, Y int }

func find(name string) *Point {
	if name == "" {
		return nil // fine
	}
	return &Point{}
}

func count() int {
	return nil // ERROR "cannot use nil as int value in return statement"
}

func main() {
	x := nil          // ERROR "use of untyped nil in assignment"
	var y = nil       // ERROR "use of untyped nil in variable declaration"
	var s []int = nil // fine
	var m map[string]int
	m = nil // fine
	var str string
	str = nil // ERROR "cannot use nil as string value in assignment"
	fmt.Println(find("a"), count(), x, y, s, m, str)
	fmt.Println(nil + 1) // ERROR "invalid operation: nil \+ 1 \(mismatched types untyped nil and untyped int\)"
	var f func()
	fmt.Println(f == nil, s == nil, m != nil) // fine
}
