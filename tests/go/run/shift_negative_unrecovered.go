// An unrecovered negative shift count kills the program with exit status 2.
// Exit: 2
// Stderr: panic: runtime error: negative shift amount
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /shift_negative_unrecovered.go:14
package main

import "fmt"

func main() {
	n := -2
	fmt.Println("before")
	fmt.Println(1 << n)
	fmt.Println("not reached")
}

// Output:
// before
