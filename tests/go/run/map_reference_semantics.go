// Maps are references: passing one to a function or assigning it shares the table.
package main

import "fmt"

func add(m map[string]int, k string) { m[k]++ }

type Index struct{ byName map[string][]int }

func main() {
	m := map[string]int{}
	add(m, "a")
	add(m, "a")
	alias := m
	alias["b"] = 5
	fmt.Println(m, len(alias))
	idx := Index{byName: map[string][]int{}}
	cp := idx
	cp.byName["x"] = []int{1}
	fmt.Println(idx.byName)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 1
	inner := nested["a"]
	inner["c"] = 2
	fmt.Println(nested)
	sm := map[string][]int{"s": {1, 2, 3}}
	sl := sm["s"]
	sl[0] = 100
	fmt.Println(sm)
	type P struct{ N int }
	pm := map[string]*P{"p": {1}}
	pm["p"].N++
	fmt.Println(pm["p"].N)
}

// Output:
// map[a:2 b:5] 2
// map[x:[1]]
// map[a:map[b:1 c:2]]
// map[s:[100 2 3]]
// 2
