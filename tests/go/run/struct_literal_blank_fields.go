// A positional struct literal evaluates the value for a blank (_) field but never stores it.
package main

import "fmt"

type P struct {
	X int
	_ int
}

func main() {
	fmt.Printf("%v\n", P{1, 3})
}

// Output:
// {1 0}
