// Errorcheck: map key types must be comparable.
package main

import "fmt"

type Set map[[]int]bool // ERROR "invalid map key type \[\]int"

type Node struct {
	Children []*Node
}

type Graph map[Node][]Node // ERROR "invalid map key type Node"

func main() {
	byFunc := map[func()]string{}           // ERROR "invalid map key type func\(\)"
	nested := map[map[string]int]int{}      // ERROR "invalid map key type map\[string\]int"
	ok := map[[2]int]string{{1, 2}: "pair"} // fine: arrays of comparable elements
	ptr := map[*Node]int{}                  // fine
	var iface map[interface{}]int           // fine at compile time
	fmt.Println(byFunc, nested, ok, ptr, iface)
}
