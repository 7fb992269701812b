// strings: Split family, Join, Fields, Repeat, Replace, case mapping, Trim family, Map, Title-free.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz\n "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Printf("%s %q\n", strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ToUpper("Hello, 世界 ß"), strings.ToLower("HeLLo ÀÉ"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabca", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimRight("abcaa", "a"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}, "hello"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("abc"))
}

// Output:
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// ["a" "b,c,d"]
// ["a," "b," "c"]
// ["foo" "bar" "baz"]
// ["a" "b" "c"]
// x-y-z ""
// ababab true
// oinky oinky oink moo moo
// -a-b-c-
// HELLO, 世界 ß hello àé
// "x y" "hi" "bca"
// "abc" "body" "a"
// abc
// Uryyb, Tbcure!
// heo
// &lt;b&gt;bold&lt;/b&gt;
// Hello World ABC
