// Rune and string literals: all escape forms, raw strings (with newlines, backslashes and no escapes),
// multibyte characters, and %q/%U printing.
package main

import "fmt"

func main() {
	runes := []rune{'a', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\000', '\x41', '\u4e16', '\U00010348', 'é'}
	fmt.Println(runes)

	s := "tab\there\nnewline \"quoted\" back\\slash \x41\101\u00e9\U0001F600"
	fmt.Println(s)
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)

	raw := `raw \n string with "quotes" and
a real newline`
	fmt.Println(raw)
	fmt.Println(len(`\n`), len("\n"))

	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%U %c %d\n", '世', 0x4e16, 'A')
	fmt.Println("\xe4\xb8\x96" == "世", "\u4e16" == "世")
	fmt.Println(string('\u00e9') == "é", "é" == "\xc3\xa9")
	fmt.Println(`a`+"b"+`c`, "" == ``)
	back := `C:\path\to\file`
	fmt.Println(back, len(back))
	fmt.Println("quote: '", '"', "'")
}

// Output:
// [97 7 8 12 10 13 9 11 92 39 0 65 19990 66376 233]
// tab	here
// newline "quoted" back\slash AAé😀
// 45
// "tab\there\nnewline \"quoted\" back\\slash AAé😀"
// raw \n string with "quotes" and
// a real newline
// 2 1
// 'x' '\n' '世'
// U+4E16 世 65
// true true
// true true
// abc true
// C:\path\to\file 15
// quote: ' 34 '
