// range over arrays, slices, maps (sorted), strings and channels-free forms; range evaluates once.
package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 0 {
			sl = append(sl, 4)
		}
		fmt.Println(i, v)
	}
	fmt.Println(len(sl))
	pa := &[2]string{"x", "y"}
	for i := range pa {
		pa[i] += "!"
	}
	fmt.Println(*pa)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	var i int
	for i = range []int{7, 8, 9} {
	}
	fmt.Println("last index", i)
	n := 0
	for range [5]struct{}{} {
		n++
	}
	fmt.Println(n)
}

// Output:
// 0 1
// 1 2
// 2 3
// 0 1
// 1 2
// 2 100
// 4
// [x! y!]
// [a b c]
// last index 2
// 5
