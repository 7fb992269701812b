// Strings: byte indexing, len, slicing, concatenation, comparison, immutability via copies,
// building from bytes and runes, and iterating by byte vs by rune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string { // ERROR "s does not escape"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i] // ERROR "reverse ignoring self-assignment in r\[i\], r\[j\] = r\[j\], r\[i\]" "reverse ignoring self-assignment in r\[i\], r\[j\] = r\[j\], r\[i\]"
	}
	return string(r) // ERROR "string\(r\) escapes to heap"
}

func isPalindrome(s string) bool { // ERROR "s does not escape"
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s)) // ERROR "\.\.\. argument does not escape" "len\(s\) escapes to heap" "utf8\.RuneCountInString\(s\) escapes to heap"
	fmt.Println(s[0], s[7], string(s[0])) // ERROR "\.\.\. argument does not escape" "s\[0\] escapes to heap" "s\[7\] escapes to heap" "string\(s\[0\]\) escapes to heap" "string\(s\[0\]\) escapes to heap"
	fmt.Printf("%T %T\n", s[0], s[1:3]) // ERROR "\.\.\. argument does not escape" "s\[0\] escapes to heap" "s\[1:3\] escapes to heap"
	fmt.Println(s[:5], s[7:]) // ERROR "\.\.\. argument does not escape" "s\[:5\] escapes to heap" "s\[7:\] escapes to heap"

	t := s + "!" // ERROR "s \+ \"!\" escapes to heap"
	t += "?"
	fmt.Println(t) // ERROR "\.\.\. argument does not escape" "t escapes to heap"

	fmt.Println("apple" < "banana", "apple" < "Apple", "abc" < "abcd", "b" > "abc") // ERROR "\.\.\. argument does not escape" "\"apple\" < \"banana\" escapes to heap" "\"apple\" < \"Apple\" escapes to heap" "\"abc\" < \"abcd\" escapes to heap" "\"b\" > \"abc\" escapes to heap"
	fmt.Println(reverse("héllo"), reverse(""), reverse("a")) // ERROR "\.\.\. argument does not escape" "reverse\(\"héllo\"\) escapes to heap" "reverse\(\"\"\) escapes to heap" "reverse\(\"a\"\) escapes to heap"
	fmt.Println(isPalindrome("racecar"), isPalindrome("gomini")) // ERROR "\.\.\. argument does not escape" "isPalindrome\(\"racecar\"\) escapes to heap" "isPalindrome\(\"gomini\"\) escapes to heap"

	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	b[0] = 'J'
	fmt.Println(string(b), s) // ERROR "\.\.\. argument does not escape" "string\(b\) escapes to heap" "string\(b\) escapes to heap" "s escapes to heap"

	var out []byte
	for i := 0; i < len("abc"); i++ {
		out = append(out, "abc"[i]-32)
	}
	fmt.Println(string(out)) // ERROR "\.\.\. argument does not escape" "string\(out\) escapes to heap" "string\(out\) escapes to heap"

	bytesCount, runesCount := 0, 0
	for i := 0; i < len(s); i++ {
		bytesCount++
	}
	for range s {
		runesCount++
	}
	fmt.Println(bytesCount, runesCount) // ERROR "\.\.\. argument does not escape" "bytesCount escapes to heap" "runesCount escapes to heap"

	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀')) // ERROR "\.\.\. argument does not escape" "utf8\.RuneLen\('a'\) escapes to heap" "utf8\.RuneLen\('é'\) escapes to heap" "utf8\.RuneLen\('世'\) escapes to heap" "utf8\.RuneLen\('😀'\) escapes to heap"
	var empty string
	fmt.Println(len(empty), empty == "") // ERROR "\.\.\. argument does not escape" "len\(empty\) escapes to heap" "empty == \"\" escapes to heap"
	fmt.Printf("%s|%q|%v|%5s|%-5s|%x\n", "go", "go", "go", "go", "go", "go") // ERROR "\.\.\. argument does not escape" "\"go\" escapes to heap" "\"go\" escapes to heap" "\"go\" escapes to heap" "\"go\" escapes to heap" "\"go\" escapes to heap" "\"go\" escapes to heap"
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
