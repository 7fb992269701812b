// maps_slices_aliasing.go — which values share memory.
//
// Maps and slices are small headers pointing at shared storage: copying them (assignment,
// passing to a function) shares the contents. append writes into the shared array while
// capacity lasts, then moves to a new array — after which the two slices are independent.
// Arrays and structs are values: copying them copies the contents.
package main

import "fmt"

func addKey(m map[string]int) { m["added"] = 1 } // visible to the caller

func setFirst(s []int) { s[0] = 99 } // visible to the caller

func appendOne(s []int) { s = append(s, 4) } // the caller's length does not change

func main() {
	m := map[string]int{"a": 1}
	m2 := m
	m2["b"] = 2
	addKey(m)
	fmt.Println(len(m), m) // one map, three keys

	s := []int{1, 2, 3}
	setFirst(s)
	appendOne(s)
	fmt.Println(s, len(s), cap(s))

	// Sub-slices alias the original array.
	base := []int{0, 1, 2, 3, 4, 5}
	mid := base[2:4]
	mid[0] = 20
	fmt.Println(base, mid, len(mid), cap(mid))

	// append within capacity overwrites the original's elements!
	mid = append(mid, 40)
	fmt.Println(base)

	// A full slice expression limits capacity, so append must copy.
	safe := base[2:4:4]
	safe = append(safe, 400)
	safe[0] = -1
	fmt.Println(base, safe)

	// Arrays are values.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2)

	// Capacity growth: append doubles small slices.
	var grow []int
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		fmt.Print(" ", cap(grow))
	}
	fmt.Println(" (capacities)")
}

// Output:
// 3 map[a:1 added:1 b:2]
// [99 2 3] 3 3
// [0 1 20 3 4 5] [20 3] 2 4
// [0 1 20 3 40 5]
// [0 1 20 3 40 5] [-1 3 400]
// [1 2 3] [100 2 3]
//  1 2 4 4 8 8 8 8 16 16 (capacities)
