// Map values are not addressable: update a struct value by copy-modify-store, or store pointers.
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	byKey := map[string]Stats{}
	data := []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"a", 5}}
	for _, d := range data {
		s := byKey[d.k]
		s.Count++
		s.Sum += d.v
		byKey[d.k] = s
	}
	ptrs := map[string]*Stats{}
	for _, d := range data {
		if ptrs[d.k] == nil {
			ptrs[d.k] = &Stats{}
		}
		ptrs[d.k].Count++
		ptrs[d.k].Sum += d.v
	}
	keys := make([]string, 0)
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byKey[k], *ptrs[k], byKey[k] == *ptrs[k])
	}
	arrs := map[int][2]int{1: {1, 2}}
	a := arrs[1]
	a[0] = 100
	fmt.Println(arrs, a)
}

// Output:
// a {3 9} {3 9} true
// b {1 2} {1 2} true
// c {1 4} {1 4} true
// map[1:[1 2]] [100 2]
