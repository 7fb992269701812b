// Unrecovered panics with integer and named-integer values print the value (named types as T(v)).
// Exit: 2
// Stderr: panic: 42 [recovered]
// Stderr: panic: main.Code(7)
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1()
// Stderr: /panic_int_unrecovered.go:21
// Stderr: panic({
// Stderr: main.main()
// Stderr: /panic_int_unrecovered.go:23
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("first:", r)
		panic(Code(7))
	}()
	panic(42)
}

// Output:
// first: 42
