// Unrecovered panic with an error-implementing struct value (value receiver): Go prints its Error().
// Exit: 2
// Stderr: panic: connect failed with code 111
// Stderr: goroutine 1 [running]:
// Stderr: main.run()
// Stderr: /panic_struct_error_unrecovered.go:22
// Stderr: main.main()
// Stderr: /panic_struct_error_unrecovered.go:27
package main

import "fmt"

type MyErr struct {
	Op   string
	Code int
}

func (e MyErr) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

func run() {
	defer fmt.Println("run: deferred")
	panic(MyErr{"connect", 111})
}

func main() {
	defer fmt.Println("main: deferred")
	run()
}

// Output:
// run: deferred
// main: deferred
