// An unrecovered panic with a plain struct value (neither error nor Stringer): Go prints its type in
// parentheses followed by an address, which varies, so only "panic: (main.Point)" is checked.
// Exit: 2
// Stderr: panic: (main.Point)
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /panic_struct_value_unrecovered.go:16
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	fmt.Println("panicking with a struct")
	panic(Point{1, 2})
}

// Output:
// panicking with a struct
