// Building strings by repeated concatenation creates lots of garbage; the final values must be right.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 3000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[len(s)-5:])
	count := 0
	for i := 0; i < 20000; i++ {
		t := fmt.Sprintf("item-%d", i)
		if strings.HasSuffix(t, "99") {
			count++
		}
	}
	fmt.Println(count)
	parts := make([]string, 0)
	for i := 0; i < 1000; i++ {
		parts = append(parts, strings.Repeat("x", i%5))
	}
	joined := strings.Join(parts, "|")
	fmt.Println(len(joined), strings.Count(joined, "|"))
}

// Output:
// 3000 abcdefghijklmnopqrstuvwxyzabcd fghij
// 200
// 2999 999
