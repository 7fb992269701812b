// Deleting entries during range is allowed; each remaining entry is seen once.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
	}
	fmt.Println(seen, len(m))
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k, v := range m2 {
		if v%2 == 0 {
			delete(m2, k)
		} else {
			m2[k] = v * 10
		}
	}
	keys := []string{}
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m2[k])
	}
}

// Output:
// 50 0
// a 10
// c 30
