// Indexing a string gives bytes; slicing gives substrings sharing the bytes.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[:5], s[7:10], s[7:], s[:0] == "")
	fmt.Printf("%c %q %x\n", s[1], s[7:8], s[7:13])
	for i := 0; i < 5; i++ {
		fmt.Print(" ", s[i])
	}
	fmt.Println()
	t := s[2:10]
	fmt.Println(t, len(t))
	fmt.Println("abc"[1], "abc"[1:])
	var empty string
	fmt.Println(len(empty), empty == "", empty[0:0] == "")
}

// Output:
// 14 72 228 33
// Hello 世 世界! true
// e "\xe4" e4b896e7958c
//  72 101 108 108 111
// llo, 世 8
// 98 bc
// 0 true true
