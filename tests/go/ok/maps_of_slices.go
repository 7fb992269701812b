// Maps of slices (grouping), slices of maps, and appending to map entries.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := make([]int, 0, len(byLetter))
	for l := range byLetter {
		letters = append(letters, int(l))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Printf("%c: %s\n", l, strings.Join(byLetter[byte(l)], ","))
	}

	graph := map[string][]string{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d"},
		"d": nil,
	}
	visited := map[string]bool{}
	var order []string
	var dfs func(string)
	dfs = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		order = append(order, n)
		for _, next := range graph[n] {
			dfs(next)
		}
	}
	dfs("a")
	fmt.Println(order)

	rows := []map[string]int{{"x": 1}, {"x": 2, "y": 3}}
	rows = append(rows, map[string]int{})
	rows[2]["z"] = 9
	fmt.Println(rows, len(rows[1]))

	scores := map[string][]int{}
	scores["ann"] = append(scores["ann"], 90, 85)
	scores["bob"] = append(scores["bob"], 70)
	scores["ann"][0] = 95
	fmt.Println(scores)
	fmt.Println(len(scores["nobody"]), scores["nobody"] == nil)

	matrix := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		if matrix[i] == nil {
			matrix[i] = map[int]int{}
		}
		matrix[i][i*i] = i
	}
	fmt.Println(matrix)
}

// Output:
// a: apple,avocado,apricot
// b: banana,blueberry
// c: cherry
// [a b d c]
// [map[x:1] map[x:2 y:3] map[z:9]] 2
// map[ann:[95 85] bob:[70]]
// 0 true
// map[0:map[0:0] 1:map[1:1] 2:map[4:2]]
