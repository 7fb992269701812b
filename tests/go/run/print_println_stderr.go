// The builtins print and println write to stderr, not stdout; println separates operands with spaces.
// Stderr: println: 42 true x
// Stderr: print:12
// Stderr: -3 18446744073709551615
// Stderr: +3.500000e+000 +1.000000e+100
// Stderr: 97 é
// Stderr: true
// Stderr: fmt to stderr
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("stdout line 1")
	println("println:", 42, true, "x")
	print("print:", 1, 2, "\n")
	println(int8(-3), uint64(18446744073709551615))
	println(3.5, 1e100)
	println('a', "é")
	var e error
	println(e == nil)
	println()
	fmt.Fprintln(os.Stderr, "fmt to stderr")
	fmt.Println("stdout line 2")
}

// Output:
// stdout line 1
// stdout line 2
