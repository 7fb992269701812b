// An unrecovered write to a nil map: exit status 2.
// Exit: 2
// Stderr: panic: assignment to entry in nil map
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /map_nil_write_unrecovered.go:16
package main

import "fmt"

type Registry struct{ items map[string]int }

func main() {
	var r Registry
	fmt.Println("registering")
	r.items["x"] = 1
}

// Output:
// registering
