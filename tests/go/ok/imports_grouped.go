// Grouped imports of several stdlib packages.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 3)
	n := strconv.Itoa(len(s))
	fmt.Println(s, n)
	fmt.Println(strings.ToUpper(s) + "-" + n)
}

// Output:
// ababab 6
// ABABAB-6
