// An unrecovered panic with an error value prints the Error() text.
// Exit: 2
// Stderr: panic: invalid age: -1
// Stderr: goroutine 1 [running]:
// Stderr: main.validate(
// Stderr: /panic_error_unrecovered.go:24
// Stderr: main.main()
// Stderr: /panic_error_unrecovered.go:31
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
}

func main() {
	validate(3)
	fmt.Println("ok 3")
	validate(-1)
}

// Output:
// ok 3
