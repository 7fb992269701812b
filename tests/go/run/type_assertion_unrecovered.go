// An unrecovered failed type assertion: exit status 2, message names both types.
// Exit: 2
// Stderr: panic: interface conversion: interface {} is float64, not string
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /type_assertion_unrecovered.go:14
package main

import "fmt"

func main() {
	var v interface{} = 3.5
	fmt.Println("asserting")
	s := v.(string)
	fmt.Println(s)
}

// Output:
// asserting
