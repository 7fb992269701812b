// Widths count runes, not bytes; precision truncates strings by runes.
package main

import "fmt"

func main() {
	for _, s := range []string{"go", "héllo", "日本語", "😀x"} {
		fmt.Printf("|%-8s|%8s|%.2s|%q|\n", s, s, s, s)
	}
	fmt.Printf("|%6q|%-6q|\n", "é", "é")
	fmt.Printf("|%5c|%-5c|\n", '世', '界')
	fmt.Printf("|%8v|%-8v|\n", []string{"é"}, []string{"日"})
}

// Output:
// |go      |      go|go|"go"|
// |héllo   |   héllo|hé|"héllo"|
// |日本語     |     日本語|日本|"日本語"|
// |😀x      |      😀x|😀x|"😀x"|
// |   "é"|"é"   |
// |    世|界    |
// |[       é]|[日       ]|
