// Binary search: sort.Search, SearchInts, SearchStrings; the insertion point when absent.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(a, x)
		fmt.Println(x, i, i < len(a) && a[i] == x)
	}
	s := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "blueberry"), sort.SearchStrings(s, "zzz"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	desc := []int{9, 7, 5, 3}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 6 })
	fmt.Println(j, desc[j])
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	fmt.Println(sort.SearchFloat64s([]float64{1.5, 2.5}, 2.0))
}

// Output:
// 0 0 false
// 1 0 true
// 6 3 false
// 11 5 true
// 12 6 false
// 1 2 3
// 8
// 2 5
// 0
// 1
