// os.Exit(1) from a nested call; nothing after it runs.
// Exit: 1
package main

import (
	"fmt"
	"os"
)

func check(ok bool) {
	if !ok {
		fmt.Println("check failed")
		os.Exit(1)
	}
	fmt.Println("check ok")
}

func main() {
	defer fmt.Println("never")
	check(true)
	check(false)
	check(true)
}

// Output:
// check ok
// check failed
