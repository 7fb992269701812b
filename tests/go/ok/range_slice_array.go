// range over slices, arrays, pointers to arrays: index only, index and value, blank, and no variables.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i, ";")
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v, ";")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)

	arr := [4]int{1, 2, 3, 4}
	total := 0
	for _, v := range arr {
		total += v
	}
	fmt.Println(total)

	// range over an array copies it: writes during the loop are not seen
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		if i == 3 {
			fmt.Println("range saw", v, "array has", arr[3])
		}
	}

	// range over a slice shares the backing array
	sl := []int{1, 2, 3, 4}
	for i, v := range sl {
		if i == 0 {
			sl[3] = 100
		}
		if i == 3 {
			fmt.Println("range saw", v)
		}
	}

	// range over a pointer to an array
	pa := &arr
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(arr)

	// the range expression is evaluated once
	grow := []int{1, 2}
	for range grow {
		grow = append(grow, 0)
	}
	fmt.Println(len(grow))

	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}

	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	for r, row := range matrix {
		for c := range row {
			matrix[r][c] *= 10
		}
	}
	fmt.Println(matrix)
}

// Output:
// 0 a
// 1 b
// 2 c
// 0;1;2;
// a;b;c;
// 3
// 10
// range saw 4 array has 100
// range saw 100
// [2 4 6 200]
// 4
// [[10 20] [30 40] [50 60]]
