// && and || evaluate their right operand only when needed.
package main

import "fmt"

func side(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	if side("a", false) && side("b", true) {
		fmt.Println("never")
	}
	if side("c", true) || side("d", true) {
		fmt.Println("c||d")
	}
	r := side("e", true) && side("f", false) || side("g", true)
	fmt.Println(r)
	var p *struct{ X int }
	if p != nil && p.X > 0 {
		fmt.Println("never")
	}
	fmt.Println(p == nil || p.X > 0)
	s := []int{}
	ok := len(s) > 0 && s[0] == 1
	fmt.Println(ok, !ok, !(ok || true))
}

// Output:
// eval a
// eval c
// c||d
// eval e
// eval f
// eval g
// true
// true
// false true false
