// Calls into the standard library.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func build(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i))
	}
	return sb.String()
}

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() {
	s := build(3)
	err := check(-1)
	fmt.Println(s, err) // ERROR "\.\.\. argument does not escape" "s escapes to heap"
	parts := strings.Split("a,b", ",")
	fmt.Println(len(parts)) // ERROR "\.\.\. argument does not escape" "len\(parts\) escapes to heap"
}
