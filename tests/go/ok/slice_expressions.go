// Slices: slicing with omitted bounds, 3-index slices and capacity, append growth and aliasing,
// copy, slicing strings and arrays, nil vs empty.
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(arr[:2], arr[4:], arr[:])

	t := s[1:5] // reslicing beyond len, within cap
	fmt.Println(t, len(t), cap(t))

	u := arr[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100) // fits in capacity: writes arr[3]
	fmt.Println(arr)
	u = append(u, 200) // exceeds capacity: new array
	u[0] = -1
	fmt.Println(arr, u)

	full := s[:0:0]
	fmt.Println(len(full), cap(full))

	s[0] = 99 // shares arr
	fmt.Println(arr[1])

	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10})
	fmt.Println(n, dst)
	n = copy(dst[1:], dst)
	fmt.Println(n, dst)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:4])

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	nilS = append(nilS, 1, 2, 3)
	fmt.Println(nilS)

	m := make([]int, 2, 10)
	fmt.Println(len(m), cap(m), m)
	m2 := m[:cap(m)]
	fmt.Println(len(m2))

	a := []int{1, 2, 3}
	b := append(a[:1], 10)
	fmt.Println(a, b)

	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...) // remove index 1
	fmt.Println(x)

	y := append([]int(nil), x...)
	y[0] = 100
	fmt.Println(x[0], y[0])

	pa := &arr
	fmt.Println(pa[2:4])

	bytes := append([]byte("ab"), "cd"...)
	fmt.Println(string(bytes))

	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
	}
	fmt.Println(matrix)
}

// Output:
// [1 2 3] 3 5
// [0 1] [4 5] [0 1 2 3 4 5]
// [2 3 4 5] 4 4
// [1 2] 2 3
// [0 1 2 100 4 5]
// [0 1 2 100 4 5] [-1 2 100 200]
// 0 0
// 99
// 3 [7 8 9]
// 2 [7 7 8]
// 3 hel
// world hello l
// true false 0 0
// [1 2 3]
// 2 10 [0 0]
// 10
// [1 10 3] [1 10]
// [1 3 4 5]
// 1 100
// [2 100]
// abcd
// [[0] [0 0] [0 0 0]]
