// Interfaces, sort, strings and strconv from the standard library, closures over parameters.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type W interface{ Write(p []byte) (int, error) }

type buf struct{ b []byte }

func (x *buf) Write(p []byte) (int, error) { // ERROR "leaking param content: x" "p does not escape"
	x.b = append(x.b, p...)
	return len(p), nil
}

func emit(w W, s string) { // ERROR "leaking param: w" "s does not escape"
	w.Write([]byte(s)) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
}

func arr() []int {
	var a [3]int // ERROR "moved to heap: a"
	return a[:]
}

func capParam(n int) func() int {
	return func() int { return n } // ERROR "func literal escapes to heap"
}

func capPtr(p *int) func() int { // ERROR "leaking param: p"
	return func() int { return *p } // ERROR "func literal escapes to heap"
}

type byLen []string

func (s byLen) Len() int           { return len(s) } // ERROR "s does not escape"
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) } // ERROR "s does not escape"
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] } // ERROR "byLen\.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]" "byLen\.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]" "s does not escape"

func main() {
	b := &buf{} // ERROR "&buf\{\} escapes to heap"
	emit(b, "hi")
	f1, f2 := capParam(1), capPtr(new(int)) // ERROR "new\(int\) escapes to heap"
	fmt.Println(arr(), f1(), f2()) // ERROR "\.\.\. argument does not escape" "arr\(\) escapes to heap" "f1\(\) escapes to heap" "f2\(\) escapes to heap"
	words := []string{"ccc", "a", "bb"} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
	sort.Sort(byLen(words)) // ERROR "byLen\(words\) escapes to heap"
	sort.Strings(words)
	fmt.Println(strings.Join(words, ","), strconv.Quote("x")) // ERROR "\.\.\. argument does not escape" "strings\.Join\(words, \",\"\) escapes to heap" "strconv\.Quote\(\"x\"\) escapes to heap"
	var sb strings.Builder // ERROR "moved to heap: sb"
	fmt.Fprintf(&sb, "%d", 3) // ERROR "\.\.\. argument does not escape" "3 escapes to heap"
	n, err := strconv.Atoi("12")
	fmt.Println(n, err, sb.String()) // ERROR "\.\.\. argument does not escape" "n escapes to heap" "\(\*strings\.Builder\)\.String\(sb\) escapes to heap"
	m := map[string][]int{} // ERROR "map\[string\]\[\]int\{\} does not escape"
	m["a"] = append(m["a"], 1)
	for k, v := range m {
		fmt.Println(k, v) // ERROR "\.\.\. argument does not escape" "k escapes to heap" "v escapes to heap"
	}
	s := strings.Fields(" a b ")
	fmt.Println(len(s), strings.Repeat("ab", 2), strings.ToUpper("x")) // ERROR "\.\.\. argument does not escape" "len\(s\) escapes to heap" "strings\.Repeat\(\"ab\", 2\) escapes to heap" "strings\.ToUpper\(\"x\"\) escapes to heap"
}
