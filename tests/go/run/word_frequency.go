// Count word frequencies with a map and print them sorted by count, then word.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list {
		fmt.Printf("%-4s %d\n", e.w, e.c)
	}
	fmt.Println(len(counts))
}

// Output:
// the  4
// a    3
// on   3
// cat  2
// dog  2
// mat  2
// sat  2
// and  1
// log  1
// met  1
// 10
