// append with several elements at once: the new capacity covers at least the needed length.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 0, 1)
	t = append(t, make([]int, 13)...)
	fmt.Println(len(t), cap(t))
	u := append([]byte(nil), "hello, world, hi"...)
	fmt.Println(len(u), cap(u))
	v := append(make([]int, 5, 5), make([]int, 7)...)
	fmt.Println(len(v), cap(v))
	w := append([]int64(nil), 1)
	fmt.Println(len(w), cap(w))
	x := append([]string{"a"}, "b", "c")
	fmt.Println(x, len(x), cap(x))
	y := append(s[:2], 100)
	fmt.Println(y, s[:4])
	var z []int
	z = append(z)
	fmt.Println(z == nil, len(z))
	z = append(z, []int{}...)
	fmt.Println(z == nil)
}

// Output:
// [1 2 3 4 5 6 7 8] 8 8
// 13 14
// 16 16
// 12 12
// 1 1
// [a b c] 3 3
// [1 2 100] [1 2 100 4]
// true 0
// true
