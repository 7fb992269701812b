// Map insert, update, lookup of missing keys (zero value), len, delete.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 10
	fmt.Println(len(m), m["one"], m["missing"])
	m["two"]++
	m["new"] += 5
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	ages := make(map[int][]string)
	ages[3] = append(ages[3], "x")
	ages[3] = append(ages[3], "y")
	fmt.Println(ages)
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
}

// Output:
// 3 10 0
// new 5
// one 10
// three 3
// two 3
// 3 map[new:5 three:3 two:3]
// map[3:[x y]]
// map[101:1 104:1 108:2 111:1]
