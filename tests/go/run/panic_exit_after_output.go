// Output written to stdout before an unrecovered panic is kept (not lost in a buffer).
// Exit: 2
// Stderr: about to fail
// Stderr: panic: giving up after 5 lines
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /panic_exit_after_output.go:24
package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprintln(os.Stderr, "about to fail")
	var arr [4]int
	idx := 10
	arr[idx%7] = 1
	fmt.Println(arr)
	panic(fmt.Sprintf("giving up after %d lines", 5))
}

// Output:
// line 0
// line 1
// line 2
// line 3
// line 4
// [0 0 0 1]
