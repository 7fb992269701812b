// Strings are immutable values: converting to []byte copies, and mutating the copy leaves the string.
package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	s := "hello world"
	b := []byte(s)
	upper(b)
	fmt.Println(s, string(b))
	t := s
	s = "changed"
	fmt.Println(t, s)
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2), len(b2))
	n := copy(b2, "XY")
	fmt.Println(n, string(b2))
}

// Output:
// hello world HELLO WORLD
// hello world changed
// abcdef 6
// 2 XYcdef
