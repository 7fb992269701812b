// Interpreted and raw string literals, escapes, and multi-line raw strings.
package main

import "fmt"

func main() {
	s := "tab\tnewline\\n quote\" unicode\u00e9 \U0001F600 hex\x41 octal\101"
	fmt.Println(s)
	raw := `raw \n stays, "quotes" too
second line`
	fmt.Println(raw)
	fmt.Println(len(raw), len("\u00e9"), len(`\u00e9`))
	fmt.Printf("%q\n", "\a\b\f\v\x00")
	r := '\''
	fmt.Println(r, '\\', '\x7f', '\u263a', "\xe2\x98\xba" == "☺")
	multi := "line1\n" +
		"line2"
	fmt.Println(multi)
}

// Output:
// tab	newline\n quote" unicodeé 😀 hexA octalA
// raw \n stays, "quotes" too
// second line
// 38 2 6
// "\a\b\f\v\x00"
// 39 92 127 9786 true
// line1
// line2
