// Exit: 2
// Stderr: panic: panic called with nil argument (goexit=false)
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// gomini: output derived by reasoning — Go 1.21+ semantics: an unrecovered panic(nil) prints
// "panic: panic called with nil argument (goexit=false)" and exits with status 2 (Go 1.19 printed
// "panic: nil").
package main

import "fmt"

func main() {
	fmt.Println("before")
	var v interface{}
	panic(v)
}

// Output:
// before
