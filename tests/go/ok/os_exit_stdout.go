// os.Stdout with fmt.Fprintln/Fprintf, len(os.Args), and os.Exit(0), which ends the program
// immediately without running deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Fprintln(os.Stdout, "args:", len(os.Args))
	fmt.Fprintf(os.Stdout, "%s %d\n", "formatted", 1)
	w := os.Stdout
	fmt.Fprintln(w, "through a variable")
	if len(os.Args) == 1 {
		fmt.Println("exiting")
		os.Exit(0)
	}
	fmt.Println("not reached")
}

// Output:
// args: 1
// formatted 1
// through a variable
// exiting
