// A panic during package initialization (in init) is unrecovered: exit status 2, main never runs.
// Exit: 2
// Stderr: panic: assignment to entry in nil map
// Stderr: goroutine 1 [running]:
// Stderr: main.init.0()
// Stderr: /panic_in_init.go:21
package main

import "fmt"

var ready = setup()

func setup() bool {
	fmt.Println("setup runs first")
	return true
}

func init() {
	fmt.Println("init runs, ready =", ready)
	var m map[string]bool
	m["boom"] = true
}

func main() {
	fmt.Println("main never runs")
}

// Output:
// setup runs first
// init runs, ready = true
