// gomini: output derived by reasoning — clear is a Go 1.21 builtin (the oracle is Go 1.19).
// Spec: clear(map) deletes every entry (len becomes 0, the map stays usable and non-nil, NaN keys
// included); clear(slice) sets every element up to len to its zero value, leaving len and cap
// unchanged and touching nothing beyond len. Cross-checked with hand-written loops in Go 1.19.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil, m)
	m["c"] = 3
	fmt.Println(m)
	nm := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1: 3}
	clear(nm)
	fmt.Println(len(nm))
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	ps := []*int{new(int), nil}
	clear(ps)
	fmt.Println(ps[0] == nil, len(ps))
	var nilMap map[int]int
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(len(nilMap), len(nilSlice))
	type P struct {
		A int
		B string
	}
	st := []P{{1, "x"}, {2, "y"}}
	clear(st[:1])
	fmt.Println(st)
}

// Output:
// 0 0 false map[]
// map[c:3]
// 0
// [1 0 0 4 5] 2 4
// true 2
// 0 0
// [{0 } {2 y}]
