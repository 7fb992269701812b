// runtime.Goexit in the main goroutine: every deferred call runs (recover returns nil in them),
// the code after the call never does, and with no other goroutine left Go reports a deadlock.
// Exit: 2
// Stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer fmt.Println("f deferred")
	defer func() {
		fmt.Println("recover:", recover())
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}

func main() {
	defer fmt.Println("main deferred")
	f()
	fmt.Println("unreachable main")
}

// Output:
// recover: <nil>
// f deferred
// main deferred
