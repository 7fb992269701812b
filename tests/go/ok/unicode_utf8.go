// unicode/utf8: RuneCountInString and RuneLen, compared with len and with manual rune counting,
// and truncating a string at a rune boundary.
package main

import (
	"fmt"
	"unicode/utf8"
)

func truncate(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i]
		}
		count++
	}
	return s
}

func main() {
	for _, s := range []string{"", "abc", "héllo", "日本語", "😀👍", "a\xffb"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	}
	for _, r := range []rune{'a', 'é', '€', '😀', -1, 0x10FFFF, 0xD800} {
		fmt.Print(utf8.RuneLen(r), ";")
	}
	fmt.Println()
	fmt.Println(truncate("日本語テキスト", 3), truncate("ab", 5))
	size := 0
	for _, r := range "aé€😀" {
		size += utf8.RuneLen(r)
	}
	fmt.Println(size, len("aé€😀"))
}

// Output:
// 0 0 0
// 3 3 3
// 6 5 5
// 9 3 3
// 8 2 2
// 3 3 3
// 1;2;3;4;-1;4;-1;
// 日本語 ab
// 10 10
