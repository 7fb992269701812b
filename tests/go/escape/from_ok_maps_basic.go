// Maps: make, literals, insert/update, lookup with comma-ok, delete, len, zero values, maps as references,
// struct values, and fmt's sorted printing of maps.
package main

import "fmt"

type Stats struct{ Count, Sum int }

func addTo(m map[string]int, k string) { m[k]++ } // ERROR "m does not escape" "leaking param: k"

func main() {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap"
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	fmt.Println(m["a"], m["b"], m["missing"], len(m)) // ERROR "\.\.\. argument does not escape" "m\[\"a\"\] escapes to heap" "m\[\"b\"\] escapes to heap" "m\[\"missing\"\] escapes to heap" "len\(m\) escapes to heap"

	v, ok := m["b"]
	fmt.Println(v, ok) // ERROR "\.\.\. argument does not escape" "v escapes to heap" "ok escapes to heap"
	v, ok = m["zzz"]
	fmt.Println(v, ok) // ERROR "\.\.\. argument does not escape" "v escapes to heap" "ok escapes to heap"

	delete(m, "b")
	delete(m, "not there")
	_, ok = m["b"]
	fmt.Println(ok, len(m)) // ERROR "\.\.\. argument does not escape" "ok escapes to heap" "len\(m\) escapes to heap"

	addTo(m, "c")
	addTo(m, "c")
	fmt.Println(m) // ERROR "\.\.\. argument does not escape"

	alias := m
	alias["d"] = 4
	fmt.Println(len(m)) // ERROR "\.\.\. argument does not escape" "len\(m\) escapes to heap"

	stats := map[string]Stats{} // ERROR "map\[string\]Stats\{\} escapes to heap"
	for _, w := range []string{"x", "y", "x"} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		s := stats[w]
		s.Count++
		s.Sum += len(w)
		stats[w] = s
	}
	fmt.Println(stats) // ERROR "\.\.\. argument does not escape"

	ptrs := map[int]*Stats{} // ERROR "map\[int\]\*Stats\{\} does not escape"
	ptrs[1] = &Stats{} // ERROR "&Stats\{\} escapes to heap"
	ptrs[1].Count = 5
	fmt.Println(*ptrs[1]) // ERROR "\.\.\. argument does not escape" "\*ptrs\[1\] escapes to heap"

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"]) // ERROR "\.\.\. argument does not escape" "nilMap == nil escapes to heap" "len\(nilMap\) escapes to heap" "nilMap\[\"x\"\] escapes to heap"

	ifaceKeys := map[interface{}]string{1: "int", "1": "string", 1.5: "float"} // ERROR "map\[interface \{\}\]string\{\.\.\.\} does not escape" "1 escapes to heap" "\"1\" escapes to heap" "1\.5 escapes to heap"
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[1.5], len(ifaceKeys)) // ERROR "\.\.\. argument does not escape" "ifaceKeys\[1\] escapes to heap" "1 does not escape" "ifaceKeys\[\"1\"\] escapes to heap" "\"1\" does not escape" "ifaceKeys\[1\.5\] escapes to heap" "1\.5 does not escape" "len\(ifaceKeys\) escapes to heap"

	boolMap := map[bool]int{true: 1, false: 0} // ERROR "map\[bool\]int\{\.\.\.\} escapes to heap"
	fmt.Println(boolMap) // ERROR "\.\.\. argument does not escape"

	counts := map[rune]int{} // ERROR "map\[rune\]int\{\} does not escape"
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts['z']) // ERROR "\.\.\. argument does not escape" "counts\['l'\] escapes to heap" "counts\['h'\] escapes to heap" "counts\['z'\] escapes to heap"

	sized := make(map[int]int, 100) // ERROR "make\(map\[int\]int, 100\) does not escape"
	fmt.Println(len(sized)) // ERROR "\.\.\. argument does not escape" "len\(sized\) escapes to heap"
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
