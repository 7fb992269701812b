// nil slices and empty slices: len/cap 0, range does nothing, append works; only nil == nil.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	fmt.Println(a[:0] == nil, a[0:0:0] == nil)
	var s []string
	fmt.Printf("%v %d %q %#v %#v\n", s, len(s), s, s, []string{})
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "x")
	v, ok := m["y"]
	fmt.Println(v, ok)
}

// Output:
// true false false
// 0 0 0 0
// [1] false
// false false
// [] 0 [] []string(nil) []string{}
// true 0 0
// 0 false
