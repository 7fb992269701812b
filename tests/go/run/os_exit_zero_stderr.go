// os.Exit(0) after writing to stdout and stderr; output written before the exit is kept.
// Stderr: to stderr
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println("to stdout")
	defer fmt.Println("skipped")
	os.Exit(0)
}

// Output:
// to stdout
