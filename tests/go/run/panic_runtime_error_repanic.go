// Re-panicking a recovered runtime error: Go prints the first panic as [recovered] and the same text again.
// Exit: 2
// Stderr: panic: assignment to entry in nil map [recovered]
// Stderr: panic: assignment to entry in nil map
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1()
// Stderr: /panic_runtime_error_repanic.go:19
// Stderr: panic({
// Stderr: main.main()
// Stderr: /panic_runtime_error_repanic.go:22
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after:", r)
		panic(r)
	}()
	var m map[int]int
	m[1] = 1
}

// Output:
// cleanup after: assignment to entry in nil map
