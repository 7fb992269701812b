// Errorcheck: map, slice and array literals: duplicate/missing keys, indices out of range, wrong element types.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{
		"ann": 30,
		"bob": 25,
		"ann": 31, // ERROR "duplicate key .ann. in map literal"
	}
	codes := map[int]string{1: "a", 2}       // ERROR "missing key in map literal"
	arr := [3]int{1, 2, 3, 4}                // ERROR "index 3 is out of bounds \(>= 3\)"
	idx := [5]int{2: 10, 4: 20, 2: 30}       // ERROR "duplicate index 2 in array or slice literal"
	sl := []string{0: "a", 1: "b", 5: "f"}   // fine: sparse slice literal
	pts := []Point{{1, 2}, {X: 3}, {4, "5"}} // ERROR "cannot use .5. \(untyped string constant\) as int value in struct literal"
	nums := []int{1, 2.5}                    // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
	bad := int{1}                            // ERROR "invalid composite literal type int"
	ok := [...]int{1, 2, 3}
	grid := [2][2]int{{1, 2}, {3, 4, 5}} // ERROR "index 2 is out of bounds \(>= 2\)"
	fmt.Println(ages, codes, arr, idx, sl, pts, nums, bad, ok, grid)
}
