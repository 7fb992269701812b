// Conditions that test a []bool element directly (compiled to one bounds-checked
// branch): true and false senses, negation, && and || chains, a named bool type, and the
// index-out-of-range panic raised by the test itself.
package main

import "fmt"

type flag bool

func main() {
	bs := []bool{true, false, true}
	for i := range bs {
		if bs[i] {
			fmt.Print("T")
		} else {
			fmt.Print("F")
		}
		if !bs[i] {
			fmt.Print("!")
		}
	}
	fmt.Println()
	fs := []flag{false, true}
	if fs[1] && !fs[0] {
		fmt.Println("named bool ok")
	}
	n := 0
	for i := 0; i < 3 && bs[i]; i++ {
		n++
	}
	fmt.Println("leading trues:", n)
	if bs[1] || bs[2] {
		fmt.Println("some true")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 3
	if bs[k] {
		fmt.Println("unreachable")
	}
}

// Output:
// TF!T
// named bool ok
// leading trues: 1
// some true
// recovered: runtime error: index out of range [3] with length 3
