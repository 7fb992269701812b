// i.M on a nil interface panics when the method value is evaluated, not when it is called.
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /method_value_nil_interface.go:15
package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	f := i.M
	fmt.Println("bound")
	f()
}

// Output:
