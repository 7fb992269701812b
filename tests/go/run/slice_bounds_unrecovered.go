// An unrecovered slice bounds error: exit status 2.
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:7] with capacity 4
// Stderr: goroutine 1 [running]:
// Stderr: main.main()
// Stderr: /slice_bounds_unrecovered.go:15
package main

import "fmt"

func main() {
	s := make([]byte, 2, 4)
	n := 7
	fmt.Println(len(s[:4]))
	fmt.Println(s[1:n])
}

// Output:
// 4
