// os.Exit exits immediately with the given status; deferred calls do not run.
// Exit: 3
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Println("exiting with 3")
	func() {
		defer fmt.Println("nor this one")
		os.Exit(3)
	}()
	fmt.Println("not reached")
}

// Output:
// exiting with 3
