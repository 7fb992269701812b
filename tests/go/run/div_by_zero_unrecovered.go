// Unrecovered integer division by zero: exit status 2 and Go's panic message.
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
// Stderr: goroutine 1 [running]:
// Stderr: main.div(
// Stderr: /div_by_zero_unrecovered.go:13
// Stderr: main.main()
// Stderr: /div_by_zero_unrecovered.go:17
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
}

// Output:
// 3
