// os.Exit inside a deferred call during a panic ends the program with that status; no panic message.
// Exit: 7
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(7)
	}()
	panic("failure")
}

// Output:
// recovered: failure
