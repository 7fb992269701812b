// A chain of three panics, each raised while recovering the previous one: Go prints bool, float64
// (in print's %e-like form) and a named string type (as main.Level("fatal")).
// Exit: 2
// Stderr: panic: true [recovered]
// Stderr: panic: +2.500000e+000 [recovered]
// Stderr: panic: main.Level("fatal")
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1.1()
// Stderr: /panic_custom_types_unrecovered.go:28
// Stderr: panic({
// Stderr: main.main.func1()
// Stderr: /panic_custom_types_unrecovered.go:30
// Stderr: panic({
// Stderr: main.main()
// Stderr: /panic_custom_types_unrecovered.go:32
package main

import "fmt"

type Level string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		defer func() {
			fmt.Println("recovered again", recover())
			panic(Level("fatal"))
		}()
		panic(2.5)
	}()
	panic(true)
}

// Output:
// recovered true
// recovered again 2.5
