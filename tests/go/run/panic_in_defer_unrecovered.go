// A panic inside a deferred call while panicking: both values are printed, the first marked.
// Exit: 2
// Stderr: panic: first
// Stderr: panic: second
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
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
