// hello.go — the smallest gomini program.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}

// Output:
// hello, world
