// byte and rune arithmetic: character codes, case conversion by offset, digit values, overflow.
package main

import "fmt"

func main() {
	c := 'a'
	fmt.Println(c, c+1, string(c+1), 'z'-'a')
	var b byte = 'A'
	b += 25
	fmt.Println(b, string(rune(b)))
	b = 255
	b++
	fmt.Println(b)
	digits := "4096"
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	fmt.Println(n + 1)
	word := []byte("gopher")
	for i := range word {
		word[i] -= 'a' - 'A'
	}
	fmt.Println(string(word))
	var r rune = 0x7fffffff
	r++
	fmt.Println(r)
	fmt.Printf("%c%c%c\n", 'H', 'i'+0, 0x263A)
	x := '9' - '0'
	fmt.Printf("%T %v\n", x, x)
}

// Output:
// 97 98 b 25
// 90 Z
// 0
// 4097
// GOPHER
// -2147483648
// Hi☺
// int32 9
