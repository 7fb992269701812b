// Text processing: split into words, normalise, count with a map, sort by count then word,
// and format a report with padding.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs! A quick fox, a lazy dog.`

func normalize(w string) string {
	w = strings.ToLower(w)
	var b strings.Builder
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		if w := normalize(raw); w != "" {
			counts[w]++
			total++
		}
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total", total, "distinct", len(entries))
	for _, e := range entries[:5] {
		fmt.Printf("%-6s|%3d|%s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	lines := strings.Split(text, "\n")
	fmt.Println(len(lines), strings.Count(text, "fox"), strings.Index(text, "lazy"))
}

// Output:
// total 21 distinct 11
// the   |  4|****
// dog   |  3|***
// fox   |  3|***
// a     |  2|**
// lazy  |  2|**
// 2 3 35
