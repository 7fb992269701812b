// Two-dimensional slices, jagged rows and in-place modification through rows.
package main

import "fmt"

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[3]
	row[1] = -1
	fmt.Println(grid[3])
	pascal := [][]int{{1}}
	for i := 1; i < 7; i++ {
		prev := pascal[i-1]
		next := make([]int, i+1)
		next[0], next[i] = 1, 1
		for j := 1; j < i; j++ {
			next[j] = prev[j-1] + prev[j]
		}
		pascal = append(pascal, next)
	}
	for _, r := range pascal {
		fmt.Println(r)
	}
	words := [][]string{{"a", "b"}, nil, {}}
	fmt.Println(len(words), words[1] == nil, words[2] == nil, words)
}

// Output:
// [[0] [0 1] [0 2 4] [0 3 6 9]]
// [0 -1 6 9]
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [1 6 15 20 15 6 1]
// 3 true false [[a b] [] []]
