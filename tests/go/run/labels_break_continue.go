// Labeled break and continue in nested for, switch and select-free loops.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break loop
		}
		fmt.Println("odd", i)
	}
	found := false
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i", i)
		}
	}
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// 2 0
// 2 1
// odd 1
// odd 3
// odd 5
// true
// i 0
// i 2
