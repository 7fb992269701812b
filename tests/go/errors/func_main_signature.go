// Errorcheck: func main and func init must have no parameters and no results; init cannot be referenced.
package main

import (
	"fmt"
	"os"
)

var ready bool

func init() {
	ready = true
}

func init() { // fine: several init functions are allowed
	fmt.Println("second init")
}

func init(x int) { // ERROR "func init must have no arguments and no return values"
}

func main(args []string) int { // ERROR "func main must have no arguments and no return values"
	fmt.Println(ready, len(args), os.Args)
	init() // ERROR "undefined: init"
	return 0
}
