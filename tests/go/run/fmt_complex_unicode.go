// Printing complex numbers with verbs, and %U / %c / %q for runes.
package main

import "fmt"

func main() {
	c := complex(1.5, -2.25)
	fmt.Printf("%v|%.1f|%e|%g|%+.2f|%8.1f\n", c, c, c, c, c, c)
	fmt.Println(complex64(c), complex(0, 0), complex(-1, 1e21))
	for _, r := range []rune{'A', 'é', '世', '\t', 0x10FFFF, 0xD800} {
		fmt.Printf("%U %#U %q %+q %d\n", r, r, r, r, r)
	}
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q\n", []rune("añ"))
	fmt.Printf("%v %s\n", []rune("ab"), string([]rune{72, 105}))
}

// Output:
// (1.5-2.25i)|(1.5-2.2i)|(1.500000e+00-2.250000e+00i)|(1.5-2.25i)|(+1.50-2.25i)|(     1.5    -2.2i)
// (1.5-2.25i) (0+0i) (-1+1e+21i)
// U+0041 U+0041 'A' 'A' 'A' 65
// U+00E9 U+00E9 'é' 'é' '\u00e9' 233
// U+4E16 U+4E16 '世' '世' '\u4e16' 19990
// U+0009 U+0009 '\t' '\t' 9
// U+10FFFF U+10FFFF '\U0010ffff' '\U0010ffff' 1114111
// U+D800 U+D800 '�' '\ufffd' 55296
// Go!
// ['a' 'ñ']
// [97 98] Hi
