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

func count(n *Node) int {
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
	fmt.Println(p1, p2, p3)

	l := Line{From: Point{0, 0}, To: Point{X: 3, Y: 4}, Label: "diag"}
	fmt.Printf("%+v\n", l)

	pts := []Point{{1, 1}, {X: 2}, {}}
	fmt.Println(pts)

	grid := [][]Point{{{0, 0}, {0, 1}}, {{1, 0}}}
	fmt.Println(grid, len(grid[0]), len(grid[1]))

	lines := []Line{
		{Point{0, 0}, Point{1, 1}, "a"},
		{From: Point{2, 2}, Label: "b"},
	}
	fmt.Printf("%+v\n", lines)

	byName := map[string]Point{
		"origin": {0, 0},
		"unit":   {X: 1, Y: 1},
	}
	fmt.Println(byName["unit"], len(byName))

	ptrs := []*Point{{1, 2}, {3, 4}, &Point{5, 6}}
	sum := 0
	for _, p := range ptrs {
		sum += p.X * p.Y
	}
	fmt.Println(sum)

	byKey := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(byKey[Point{3, 4}])

	ptrMap := map[string]*Point{"p": {7, 8}}
	ptrMap["p"].X++
	fmt.Println(*ptrMap["p"])

	nested := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}}
	keys := []string{}
	for k := range nested {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, nested[k])
	}

	mm := map[string]map[string]int{"a": {"x": 1}, "b": {}}
	mm["b"]["y"] = 2
	fmt.Println(mm)

	arrs := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(arrs, len(arrs), len(arrs[1]))

	tree := &Node{"root", []*Node{
		{"a", nil},
		{"b", []*Node{{Name: "b1"}, {Name: "b2"}}},
	}}
	fmt.Println(count(tree), tree.Children[1].Children[0].Name)

	arrOfPtr := [...]*Point{{9, 9}}
	fmt.Println(len(arrOfPtr), arrOfPtr[0].X)

	anon := []struct {
		name string
		n    int
	}{{"one", 1}, {"two", 2}}
	fmt.Println(anon)
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
