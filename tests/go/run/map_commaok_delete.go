// The comma-ok form tells a stored zero value from a missing key.
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if _, found := m["one"]; found {
		fmt.Println("one found")
	}
	delete(m, "zero")
	_, ok = m["zero"]
	fmt.Println(ok, len(m))
	pm := map[string]*int{}
	p, ok := pm["x"]
	fmt.Println(p == nil, ok)
	im := map[int]interface{}{1: nil}
	iv, ok := im[1]
	fmt.Println(iv, ok)
	iv, ok = im[2]
	fmt.Println(iv, ok)
	for i := 0; i < 100; i++ {
		m[fmt.Sprint(i)] = i
	}
	for i := 0; i < 100; i += 2 {
		delete(m, fmt.Sprint(i))
	}
	n := 0
	for k, v := range m {
		if fmt.Sprint(v) != k && k != "one" {
			fmt.Println("mismatch", k, v)
		}
		n++
	}
	fmt.Println(n, len(m))
}

// Output:
// 0 true
// 0 false
// one found
// false 1
// true false
// <nil> true
// <nil> false
// 51 51
