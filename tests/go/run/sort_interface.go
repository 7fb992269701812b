// sort.Sort with a user type implementing sort.Interface; sort.Stable; sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Grid struct {
	cells []int
	swaps int
}

func (g *Grid) Len() int           { return len(g.cells) }
func (g *Grid) Less(i, j int) bool { return g.cells[i] < g.cells[j] }
func (g *Grid) Swap(i, j int)      { g.cells[i], g.cells[j] = g.cells[j], g.cells[i]; g.swaps++ }

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "plum"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(words))
	fmt.Println(len(words[0]), len(words[len(words)-1]))
	g := &Grid{cells: []int{5, 4, 3, 2, 1, 0, 9, 8, 7, 6}}
	sort.Sort(g)
	fmt.Println(g.cells, g.swaps > 0, sort.IsSorted(g))
	vals := make([]int, 50)
	for i := range vals {
		vals[i] = (i * 37) % 50
	}
	sort.Sort(sort.IntSlice(vals))
	fmt.Println(vals[:10], vals[45:])
}

// Output:
// [fig kiwi plum apple banana cherry]
// 6 3
// [0 1 2 3 4 5 6 7 8 9] true true
// [0 1 2 3 4 5 6 7 8 9] [45 46 47 48 49]
