// An escaping closure captures variables that are never reassigned by value, inside the
// closure object itself: one allocation per closure, as gc. Variables the closure changes are
// moved to the heap (one more allocation each).
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

type pair struct {
	name string
	n    int
}

func adder(x int, p pair) func(int) int {
	s := p.name + "!"
	return func(y int) int { return x + y + p.n + len(s) }
}

func counter(start int) func() int {
	c := start
	return func() int { c++; return c }
}

var keep []func(int) int
var keep2 []func() int

func main() {
	keep = make([]func(int) int, 0, 200)
	keep2 = make([]func() int, 0, 200)
	base := pair{"ab", 0}
	keep = append(keep, adder(0, base))
	keep2 = append(keep2, counter(0))
	before := mallocs()
	for i := 0; i < 100; i++ {
		keep = append(keep, adder(i, pair{"ab", i}))
	}
	d1 := mallocs() - before
	before = mallocs()
	for i := 0; i < 100; i++ {
		keep2 = append(keep2, counter(i))
	}
	d2 := mallocs() - before
	runtime.GC()
	fmt.Println(keep[5](1), keep[100](1), keep2[7](), keep2[7](), keep2[8]())
	fmt.Println("by value: allocations per closure:", (d1+50)/100)
	fmt.Println("by reference: allocations per closure:", (d2+50)/100)
}

// Output:
// 12 202 7 8 8
// by value: allocations per closure: 2
// by reference: allocations per closure: 2
