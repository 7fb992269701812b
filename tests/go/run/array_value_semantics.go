// Arrays are values: assignment, passing and returning copy every element.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[1] = 200 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[2] = 30
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	row := grid[0]
	row[0] = "z"
	fmt.Println(grid, row)
	arrs := [][2]int{{1, 2}, {3, 4}}
	x := arrs[1]
	x[0] = 99
	fmt.Println(arrs, x)
	fmt.Println(len(a), cap(a), len(grid[1]))
	var zero [4]bool
	fmt.Println(zero)
}

// Output:
// [1 2 3] [1 2 30]
// [1 2 3] [100 2 3]
// [1 200 3]
// [[a b] [c d]] [z b]
// [[1 2] [3 4]] [99 4]
// 3 3 2
// [false false false false]
