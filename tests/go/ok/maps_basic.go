// Maps: make, literals, insert/update, lookup with comma-ok, delete, len, zero values, maps as references,
// struct values, and fmt's sorted printing of maps.
package main

import "fmt"

type Stats struct{ Count, Sum int }

func addTo(m map[string]int, k string) { m[k]++ }

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	fmt.Println(m["a"], m["b"], m["missing"], len(m))

	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)

	delete(m, "b")
	delete(m, "not there")
	_, ok = m["b"]
	fmt.Println(ok, len(m))

	addTo(m, "c")
	addTo(m, "c")
	fmt.Println(m)

	alias := m
	alias["d"] = 4
	fmt.Println(len(m))

	stats := map[string]Stats{}
	for _, w := range []string{"x", "y", "x"} {
		s := stats[w]
		s.Count++
		s.Sum += len(w)
		stats[w] = s
	}
	fmt.Println(stats)

	ptrs := map[int]*Stats{}
	ptrs[1] = &Stats{}
	ptrs[1].Count = 5
	fmt.Println(*ptrs[1])

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])

	ifaceKeys := map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[1.5], len(ifaceKeys))

	boolMap := map[bool]int{true: 1, false: 0}
	fmt.Println(boolMap)

	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts['z'])

	sized := make(map[int]int, 100)
	fmt.Println(len(sized))
}

// Output:
// 11 2 0 2
// 2 true
// 0 false
// false 1
// map[a:11 c:2]
// 3
// map[x:{2 2} y:{1 1}]
// {5 0}
// true 0 0
// int string float 3
// map[false:0 true:1]
// 2 1 0
// 0
