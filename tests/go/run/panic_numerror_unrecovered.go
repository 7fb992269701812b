// Unrecovered panic with a *strconv.NumError: Go prints its Error() text.
// Exit: 2
// Stderr: panic: strconv.Atoi: parsing "12x": invalid syntax
// Stderr: goroutine 1 [running]:
// Stderr: main.mustAtoi(
// Stderr: /panic_numerror_unrecovered.go:19
// Stderr: main.main()
// Stderr: /panic_numerror_unrecovered.go:26
package main

import (
	"fmt"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustAtoi("12"))
	fmt.Println(mustAtoi("12x"))
}

// Output:
// 12
