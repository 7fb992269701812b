// The strings package functions in the subset.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Println(strings.Contains(s, "quick"), strings.Contains(s, "slow"), strings.Contains(s, ""))
	fmt.Println(strings.Index(s, "quick"), strings.Index(s, "x"), strings.Index("chicken", "ken"))
	fmt.Println(strings.Index("世界", "界"))

	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%s %q\n", strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.ToUpper("Hello, World"), strings.ToLower("Hello, World"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "lang"))
	fmt.Println(strings.HasSuffix("golang", "lang"), strings.HasSuffix("golang", "go"))

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))

	words := strings.Fields("one two three two one")
	freq := map[string]int{}
	for _, w := range words {
		freq[strings.ToUpper(w)]++
	}
	fmt.Println(freq)
}

// Output:
// "The quick brown fox"
// [The quick brown fox] 4
// true false true
// 6 20 4
// 3
// 4 [a b  c]
// ["a" "b" "c"]
// [""]
// x-y-z ""
// ababab true
// HELLO, WORLD hello, world
// true false
// true false
// oinky oinky oink
// moo moo moo
// bonono
// 3 5
// map[ONE:2 THREE:1 TWO:2]
