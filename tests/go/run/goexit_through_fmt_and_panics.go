// runtime.Goexit from a String method that fmt calls (fmt's recover must not stop it), and a
// panic raised and recovered inside a deferred call while Goexit runs the defers.
// Exit: 2
// Stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
package main

import (
	"fmt"
	"runtime"
)

type quitter struct{}

func (quitter) String() string {
	defer fmt.Println("String's defer runs")
	runtime.Goexit()
	return "never"
}

func work() {
	defer fmt.Println("work: last defer")
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("boom during Goexit")
	}()
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	fmt.Println("printing:", quitter{})
	fmt.Println("unreachable")
}

func main() {
	defer fmt.Println("main's defer")
	work()
	fmt.Println("unreachable main")
}

// Output:
// String's defer runs
// recover during Goexit: <nil>
// inner recover: boom during Goexit
// work: last defer
// main's defer
