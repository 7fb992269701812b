// os.Exit's status is truncated to 8 bits by the operating system: Exit(261) exits with 5.
// Exit: 5
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting")
	os.Exit(261)
}

// Output:
// exiting
