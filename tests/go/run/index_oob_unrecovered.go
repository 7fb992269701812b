// An unrecovered index out of range: exit status 2, "panic: runtime error: index out of range [5] with length 3".
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 3
// Stderr: goroutine 1 [running]:
// Stderr: main.get(
// Stderr: /index_oob_unrecovered.go:13
// Stderr: main.main()
// Stderr: /index_oob_unrecovered.go:18
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}

// Output:
// 3
