// word_count.go — a small "real" program: count words, sort by frequency.
//
// Shows maps with comma-ok, a slice of structs sorted with sort.Slice (ties broken by
// name, because map iteration order is random), strings.Fields/ToLower/Trim, and Printf
// column formatting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness.`

type count struct {
	word string
	n    int
}

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		freq[w]++
	}
	if n, ok := freq["times"]; ok {
		fmt.Println("times appears", n, "times")
	}
	counts := make([]count, 0, len(freq))
	for w, n := range freq {
		counts = append(counts, count{w, n})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].n != counts[j].n {
			return counts[i].n > counts[j].n
		}
		return counts[i].word < counts[j].word
	})
	for _, c := range counts[:5] {
		fmt.Printf("%-8s %2d %s\n", c.word, c.n, strings.Repeat("*", c.n))
	}
	fmt.Println(len(freq), "distinct words")
}

// Output:
// times appears 2 times
// it        4 ****
// of        4 ****
// the       4 ****
// was       4 ****
// age       2 **
// 10 distinct words
