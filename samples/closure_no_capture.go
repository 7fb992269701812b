// closure_no_capture.go — a function literal that captures nothing.
//
// A closure without free variables is just a function written inline: it needs no
// environment, so it costs no allocation and behaves exactly like a top-level func.
// Function values can be stored in variables, maps and slices, passed and returned.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	square := func(x int) int { return x * x } // captures nothing
	fmt.Println(square(7))

	// A table of operations: each value is a capture-free function literal.
	ops := map[string]func(a, b int) int{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names) // map iteration order is random: sort for stable output
	for _, name := range names {
		fmt.Printf("6 %s 3 = %d\n", name, ops[name](6, 3))
	}

	// Passing a literal directly as an argument.
	words := []string{"banana", "Apple", "cherry"}
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)

	// Calling a literal immediately.
	fmt.Println(func(s string) string { return strings.Repeat(s, 3) }("ab"))
}

// Output:
// 49
// 6 * 3 = 18
// 6 + 3 = 9
// 6 - 3 = 3
// [Apple banana cherry]
// ababab
