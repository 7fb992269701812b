// sort.Ints, sort.Strings, sort.Float64s and the IsSorted checks.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.75, 0, 1e10}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println(ok, sort.IntsAreSorted([]int{3, 1}))
}

// Output:
// [-50 -1 0 2 2 5 8 100] true
// ["" "Apple" "Banana" "apple" "banana" "pear"] true
// [-1 0 2.5 3.75 1e+10]
// [100 8 5 2 2 0 -1 -50]
// true false
