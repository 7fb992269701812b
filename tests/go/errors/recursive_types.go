// Errorcheck: types that contain themselves by value (directly or through arrays/other structs) have infinite size.
package main

import "fmt"

type Node struct { // ERROR "invalid recursive type:? Node"
	Value int
	Next  Node
}

type List struct {
	Head *List  // fine: pointer
	Tail []List // fine: slice
	Map  map[string]List
}

type A struct { // ERROR "invalid recursive type:? A"
	b B
}

type B struct {
	a A
}

type Grid [4]Grid // ERROR "invalid recursive type:? Grid"

type Fn func(Fn) Fn // fine

type Self = Self // ERROR "invalid recursive type:? Self"

func main() {
	var l List
	var f Fn
	fmt.Println(l, f)
}
