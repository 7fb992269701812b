// Structs and arrays are valid map keys when all their fields are comparable.
package main

import "fmt"

type Point struct{ X, Y int }
type Key struct {
	Name string
	Pos  Point
}

func main() {
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	m[Point{1, 2}] = "A"
	fmt.Println(len(m), m[Point{1, 2}], m)
	visited := map[[2]int]bool{}
	visited[[2]int{0, 0}] = true
	visited[[2]int{0, 1}] = true
	visited[[2]int{0, 0}] = false
	fmt.Println(len(visited), visited)
	km := map[Key]int{}
	km[Key{"a", Point{1, 1}}]++
	km[Key{"a", Point{1, 1}}]++
	km[Key{"b", Point{1, 1}}]++
	fmt.Println(km)
	sk := map[[3]string]int{{"x", "y", "z"}: 1}
	fmt.Println(sk[[3]string{"x", "y", "z"}], sk[[3]string{"x", "y"}])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
}

// Output:
// 2 A map[{1 2}:A {3 4}:b]
// 2 map[[0 0]:false [0 1]:true]
// map[{a {1 1}}:2 {b {1 1}}:1]
// 1 0
// map[false:0 true:1]
