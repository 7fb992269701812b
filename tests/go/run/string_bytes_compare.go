// String comparison is byte-wise: bytes >= 0x80 sort after ASCII; prefixes sort first.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"zebra", "éclair", "apple", "Zulu", "apple pie", "", "applesauce", "日本", "über"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println("a" < "é", "z" < "é", "Z" < "a", "abc" < "abcd")
	b1, b2 := string([]byte{0x7f}), string([]byte{0xc2, 0x80})
	fmt.Println(b1 < b2, len(b1), len(b2))
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y, x[:3] == y[:3], x[1:] > y)
}

// Output:
// ["" "Zulu" "apple" "apple pie" "applesauce" "zebra" "éclair" "über" "日本"]
// true true true true
// true 1 2
// true true false
