// Strings: byte indexing, len, slicing, concatenation, comparison, immutability via copies,
// building from bytes and runes, and iterating by byte vs by rune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(s[0], s[7], string(s[0]))
	fmt.Printf("%T %T\n", s[0], s[1:3])
	fmt.Println(s[:5], s[7:])

	t := s + "!"
	t += "?"
	fmt.Println(t)

	fmt.Println("apple" < "banana", "apple" < "Apple", "abc" < "abcd", "b" > "abc")
	fmt.Println(reverse("héllo"), reverse(""), reverse("a"))
	fmt.Println(isPalindrome("racecar"), isPalindrome("gomini"))

	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s)

	var out []byte
	for i := 0; i < len("abc"); i++ {
		out = append(out, "abc"[i]-32)
	}
	fmt.Println(string(out))

	bytesCount, runesCount := 0, 0
	for i := 0; i < len(s); i++ {
		bytesCount++
	}
	for range s {
		runesCount++
	}
	fmt.Println(bytesCount, runesCount)

	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	var empty string
	fmt.Println(len(empty), empty == "")
	fmt.Printf("%s|%q|%v|%5s|%-5s|%x\n", "go", "go", "go", "go", "go", "go")
}

// Output:
// 13 9
// 72 228 H
// uint8 string
// Hello 世界
// Hello, 世界!?
// true false true true
// olléh  a
// true false
// Jello, 世界 Hello, 世界
// ABC
// 13 9
// 1 2 3 4
// 0 true
// go|"go"|go|   go|go   |676f
