// An unrecovered panic with a wrapped error made by fmt.Errorf with %w prints its Error() text.
// Exit: 2
// Stderr: panic: find "key": not found
// Stderr: goroutine 1 [running]:
// Stderr: main.find(
// Stderr: /panic_stringer_unrecovered.go:19
// Stderr: main.main()
// Stderr: /panic_stringer_unrecovered.go:24
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) {
	panic(fmt.Errorf("find %q: %w", k, ErrNotFound))
}

func main() {
	fmt.Println("looking")
	find("key")
}

// Output:
// looking
