// An unrecovered nil pointer dereference: exit status 2.
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /nil_pointer_unrecovered.go:16
package main

import "fmt"

type Account struct{ Balance int }

func main() {
	var a *Account
	fmt.Println("start")
	a.Balance += 10
	fmt.Println("unreachable")
}

// Output:
// start
