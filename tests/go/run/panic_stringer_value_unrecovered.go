// Unrecovered panic with a fmt.Stringer that is not an error: Go prints String()'s result.
// Exit: 2
// Stderr: panic: broken
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /panic_stringer_value_unrecovered.go:17
package main

import "fmt"

type State int

func (s State) String() string { return [...]string{"idle", "busy", "broken"}[s] }

func main() {
	fmt.Println("state:", State(1))
	panic(State(2))
}

// Output:
// state: busy
