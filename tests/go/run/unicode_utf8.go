// unicode/utf8 encoding and decoding, and unicode character classes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c %d %d\n", r, size, utf8.RuneLen(r))
		i += size
	}
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'é'), utf8.RuneLen(-1), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for _, c := range "aZ5 \t!é世" {
		fmt.Println(string(c), unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsPunct(c))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.IsNumber('5'), unicode.IsPrint('\n'))
}

// Output:
// 10 4 true false
// a 1 1
// é 2 2
// 世 3 3
// 😀 4 4
// true 1
// 😀 4
// [228 184 150] 3
// [195 169] -1 false false
// 5 4 128 1114111
// a true false false false true false
// Z true false false true false false
// 5 false true false false false false
//   false false true false false false
// 	 false false true false false false
// ! false false false false false true
// é true false false false true false
// 世 true false false false false false
// É ä true false
