// Writing through os.Stdout and os.Stderr directly, mixed with fmt; stdout order is kept.
// Stderr: to stderr via WriteString
// Stderr: fprint to stderr
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("WriteString line\n")
	n, err := os.Stdout.Write([]byte("Write line\n"))
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 1)
	os.Stderr.WriteString("to stderr via WriteString\n")
	fmt.Fprint(os.Stderr, "fprint to stderr", "\n")
	fmt.Println("last")
}

// Output:
// WriteString line
// Write line
// 11 <nil>
// k=1
// last
