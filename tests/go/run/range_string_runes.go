// Ranging over a string decodes UTF-8: the index is the byte offset, invalid bytes give U+FFFD.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n)
	for i := range "ab世" {
		fmt.Print(" ", i)
	}
	fmt.Println()
	s := "\xed\xa0\x80x" // a surrogate half encoded in UTF-8 is invalid
	for i, r := range s {
		fmt.Println(i, r)
	}
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 128512 😀
// 0 U+0061 'a'
// 1 U+FFFD '�'
// 2 U+0062 'b'
// 3 U+FFFD '�'
// 4 U+FFFD '�'
// 5 U+0063 'c'
// 6 U+FFFD '�'
// 7 U+FFFD '�'
// 8 U+FFFD '�'
// runes: 5
//  0 1 2
// 0 65533
// 1 65533
// 2 65533
// 3 120
