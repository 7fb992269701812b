// An unrecovered panic with a string; deferred calls run first, output order is kept.
// Exit: 2
// Stderr: panic: something bad happened
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /panic_string_unrecovered.go:17
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	fmt.Println("about to panic")
	panic("something bad happened")
}

// Output:
// about to panic
// deferred 2
// deferred 1
