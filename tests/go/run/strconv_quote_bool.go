// strconv.Quote family, Unquote, ParseBool and FormatBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é 世 \x01"))
	fmt.Println(strconv.QuoteToASCII("é 世 😀"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.Quote("\xff\xfe"), strconv.QuoteToGraphic("\u00a0x"))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'x'`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	for _, v := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRuE"} {
		b, err := strconv.ParseBool(v)
		fmt.Println(v, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.IsPrint('\u00ad'))
}

// Output:
// "hello \"world\"\n\ttab é 世 \x01"
// "\u00e9 \u4e16 \U0001f600"
// '☺' '\'' '\u263a'
// "\xff\xfe" " x"
// "a\tbé" <nil>
// "raw\\n" <nil>
// "x" <nil>
// invalid syntax
// 1 true <nil>
// t true <nil>
// T true <nil>
// TRUE true <nil>
// true true <nil>
// True true <nil>
// 0 false <nil>
// f false <nil>
// F false <nil>
// FALSE false <nil>
// false false <nil>
// False false <nil>
// tRuE false strconv.ParseBool: parsing "tRuE": invalid syntax
// true false
// true false false
