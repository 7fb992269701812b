// Package clause, a single import and the simplest main.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Println("gomini", 1, true, 2.5)
	fmt.Print("no newline ", "here", "\n")
	fmt.Print(1, 2, "x", 3, 4, "\n")
}

// Output:
// Hello, world!
// gomini 1 true 2.5
// no newline here
// 1 2x3 4
