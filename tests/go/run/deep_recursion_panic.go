// A panic deep in recursion unwinds every frame, running their defers, and is recovered at the top.
package main

import "fmt"

var unwound int

func dive(n int) {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	dive(n - 1)
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		dive(50000)
	}()
	fmt.Println("unwound frames:", unwound)
}

// Output:
// recovered: bottom reached
// unwound frames: 50001
