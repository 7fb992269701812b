// Composite literals: keyed and positional struct literals, elided element types in nested slices,
// maps of struct literals, &T{} elision in []*T and map values, nested maps and arrays.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Node struct {
	Name     string
	Children []*Node
}

func count(n *Node) int { // ERROR "n does not escape"
	c := 1
	for _, ch := range n.Children {
		c += count(ch)
	}
	return c
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{Y: 5}
	p3 := Point{}
	fmt.Println(p1, p2, p3) // ERROR "\.\.\. argument does not escape" "p1 escapes to heap" "p2 escapes to heap" "p3 escapes to heap"

	l := Line{From: Point{0, 0}, To: Point{X: 3, Y: 4}, Label: "diag"}
	fmt.Printf("%+v\n", l) // ERROR "\.\.\. argument does not escape" "l escapes to heap"

	pts := []Point{{1, 1}, {X: 2}, {}} // ERROR "\[\]Point\{\.\.\.\} escapes to heap"
	fmt.Println(pts) // ERROR "\.\.\. argument does not escape" "pts escapes to heap"

	grid := [][]Point{{{0, 0}, {0, 1}}, {{1, 0}}} // ERROR "\[\]\[\]Point\{\.\.\.\} escapes to heap" "\[\]Point\{\.\.\.\} escapes to heap" "\[\]Point\{\.\.\.\} escapes to heap"
	fmt.Println(grid, len(grid[0]), len(grid[1])) // ERROR "\.\.\. argument does not escape" "grid escapes to heap" "len\(grid\[0\]\) escapes to heap" "len\(grid\[1\]\) escapes to heap"

	lines := []Line{ // ERROR "\[\]Line\{\.\.\.\} escapes to heap"
		{Point{0, 0}, Point{1, 1}, "a"},
		{From: Point{2, 2}, Label: "b"},
	}
	fmt.Printf("%+v\n", lines) // ERROR "\.\.\. argument does not escape" "lines escapes to heap"

	byName := map[string]Point{ // ERROR "map\[string\]Point\{\.\.\.\} does not escape"
		"origin": {0, 0},
		"unit":   {X: 1, Y: 1},
	}
	fmt.Println(byName["unit"], len(byName)) // ERROR "\.\.\. argument does not escape" "byName\[\"unit\"\] escapes to heap" "len\(byName\) escapes to heap"

	ptrs := []*Point{{1, 2}, {3, 4}, &Point{5, 6}} // ERROR "\[\]\*Point\{\.\.\.\} does not escape" "&Point\{\.\.\.\} does not escape" "&Point\{\.\.\.\} does not escape" "&Point\{\.\.\.\} does not escape"
	sum := 0
	for _, p := range ptrs {
		sum += p.X * p.Y
	}
	fmt.Println(sum) // ERROR "\.\.\. argument does not escape" "sum escapes to heap"

	byKey := map[Point]string{{1, 2}: "a", {3, 4}: "b"} // ERROR "map\[Point\]string\{\.\.\.\} does not escape"
	fmt.Println(byKey[Point{3, 4}]) // ERROR "\.\.\. argument does not escape" "byKey\[Point\{\.\.\.\}\] escapes to heap"

	ptrMap := map[string]*Point{"p": {7, 8}} // ERROR "map\[string\]\*Point\{\.\.\.\} does not escape" "&Point\{\.\.\.\} escapes to heap"
	ptrMap["p"].X++
	fmt.Println(*ptrMap["p"]) // ERROR "\.\.\. argument does not escape" "\*ptrMap\[\"p\"\] escapes to heap"

	nested := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}} // ERROR "map\[string\]\[\]int\{\.\.\.\} does not escape" "\[\]int\{\.\.\.\} escapes to heap" "\[\]int\{\.\.\.\} escapes to heap"
	keys := []string{} // ERROR "\[\]string\{\} escapes to heap"
	for k := range nested {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, nested[k]) // ERROR "\.\.\. argument does not escape" "k escapes to heap" "nested\[k\] escapes to heap"
	}

	mm := map[string]map[string]int{"a": {"x": 1}, "b": {}} // ERROR "map\[string\]map\[string\]int\{\.\.\.\} escapes to heap" "map\[string\]int\{\.\.\.\} escapes to heap" "map\[string\]int\{\} escapes to heap"
	mm["b"]["y"] = 2
	fmt.Println(mm) // ERROR "\.\.\. argument does not escape"

	arrs := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(arrs, len(arrs), len(arrs[1])) // ERROR "\.\.\. argument does not escape" "arrs escapes to heap" "len\(arrs\) escapes to heap" "len\(arrs\[1\]\) escapes to heap"

	tree := &Node{"root", []*Node{ // ERROR "&Node\{\.\.\.\} does not escape" "\[\]\*Node\{\.\.\.\} does not escape"
		{"a", nil}, // ERROR "&Node\{\.\.\.\} does not escape"
		{"b", []*Node{{Name: "b1"}, {Name: "b2"}}}, // ERROR "&Node\{\.\.\.\} does not escape" "\[\]\*Node\{\.\.\.\} does not escape" "&Node\{\.\.\.\} does not escape" "&Node\{\.\.\.\} does not escape"
	}}
	fmt.Println(count(tree), tree.Children[1].Children[0].Name) // ERROR "\.\.\. argument does not escape" "count\(tree\) escapes to heap" "tree\.Children\[1\]\.Children\[0\]\.Name escapes to heap"

	arrOfPtr := [...]*Point{{9, 9}} // ERROR "&Point\{\.\.\.\} does not escape"
	fmt.Println(len(arrOfPtr), arrOfPtr[0].X) // ERROR "\.\.\. argument does not escape" "len\(arrOfPtr\) escapes to heap" "arrOfPtr\[0\]\.X escapes to heap"

	anon := []struct {
		name string
		n    int
	}{{"one", 1}, {"two", 2}} // ERROR "\[\]struct \{ name string; n int \}\{\.\.\.\} escapes to heap"
	fmt.Println(anon) // ERROR "\.\.\. argument does not escape" "anon escapes to heap"
}

// Output:
// {1 2} {0 5} {0 0}
// {From:{X:0 Y:0} To:{X:3 Y:4} Label:diag}
// [{1 1} {2 0} {0 0}]
// [[{0 0} {0 1}] [{1 0}]] 2 1
// [{From:{X:0 Y:0} To:{X:1 Y:1} Label:a} {From:{X:2 Y:2} To:{X:0 Y:0} Label:b}]
// {1 1} 2
// 44
// b
// {8 8}
// even [2 4]
// odd [1 3 5]
// map[a:map[x:1] b:map[y:2]]
// [[1 2 3] [4 5 6]] 2 3
// 5 b1
// 1 9
// [{one 1} {two 2}]
