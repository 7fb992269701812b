// String concatenation and lexicographic byte-wise comparison.
package main

import "fmt"

func main() {
	a := "foo"
	b := a + "bar"
	a += "!"
	fmt.Println(a, b, len(b))
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	fmt.Println("x" == "x", "x" != "X", b == "foobar", b[:3] == "foo")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	x, y := "apple", "apples"
	fmt.Println(x < y, x >= y, y > x)
	parts := []string{"go", "mini", "run"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += "-"
		}
		joined += p
	}
	fmt.Println(joined)
}

// Output:
// foo! foobar 6
// true false true true true
// true true true true
// abcde
// true false true
// go-mini-run
