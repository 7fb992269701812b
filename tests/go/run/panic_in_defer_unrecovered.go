// A panic inside a deferred call while panicking: both values are printed, the first marked.
// Exit: 2
// Stderr: panic: first
// Stderr: panic: second
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1()
// Stderr: /panic_in_defer_unrecovered.go:18
// Stderr: panic({
// Stderr: main.main()
// Stderr: /panic_in_defer_unrecovered.go:21
package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}

// Output:
// start
// outer deferred still runs
