// Args: alpha beta gamma
// os.Args holds the program name followed by the command-line arguments.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	fmt.Println(len(os.Args[0]) > 0)
}

// Output:
// 4
// 0 alpha
// 1 beta
// 2 gamma
// true
