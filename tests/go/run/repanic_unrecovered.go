// A deferred function recovers and panics again with a new value: Go prints the chain.
// Exit: 2
// Stderr: panic: first [recovered]
// Stderr: panic: re-panic: first
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1()
// Stderr: /repanic_unrecovered.go:20
// Stderr: panic({
// Stderr: main.main()
// Stderr: /repanic_unrecovered.go:22
package main

import "fmt"

func main() {
	defer fmt.Println("main deferred runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("first")
}

// Output:
// recovered: first
// main deferred runs
