// Decoding invalid and truncated UTF-8 yields RuneError with width 1; conversions replace bad bytes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"\xe4\xb8", "\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\x80b", "\xef\xbf\xbd"}
	for _, in := range inputs {
		r, n := utf8.DecodeRuneInString(in)
		fmt.Printf("%q %U %d valid=%v count=%d\n", in, r, n, utf8.ValidString(in), utf8.RuneCountInString(in))
	}
	rs := []rune("a\xffb\xe4\xb8")
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", string(rs))
	b := []byte("x\xc3")
	r, n := utf8.DecodeLastRune(b)
	fmt.Println(r == utf8.RuneError, n)
	fmt.Println(utf8.RuneLen(0xD800), utf8.RuneLen(0x110000), string(rune(0xD800)) == "\uFFFD")
}

// Output:
// "\xe4\xb8" U+FFFD 1 valid=false count=2
// "\xff" U+FFFD 1 valid=false count=1
// "\xc0\xaf" U+FFFD 1 valid=false count=2
// "\xed\xa0\x80" U+FFFD 1 valid=false count=3
// "\xf4\x90\x80\x80" U+FFFD 1 valid=false count=4
// "a\x80b" U+0061 1 valid=false count=3
// "�" U+FFFD 3 valid=true count=1
// 5 [97 65533 98 65533 65533]
// "a�b��"
// true 1
// -1 -1 true
