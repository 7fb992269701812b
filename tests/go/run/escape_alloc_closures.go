// Non-escaping closures, &T{...}, new(T) and make([]T, const) cost no heap allocation: the
// closure object, the captured variables and the allocations live in the frame (as gc's
// stack allocation). Escaping closures that capture by value still allocate.
package main

import (
	"fmt"
	"runtime"
)

type point struct {
	x, y int
	next *point
}

func apply(f func(int) int, v int) int { return f(v) }

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func sumClosure(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		add := func(v int) int { total += v; return total }
		apply(add, i)
	}
	return total
}

func sumPoints(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &point{x: i, y: 2 * i}
		q := new(point)
		q.x = p.x + p.y
		q.next = nil
		s += q.x + p.y
	}
	return s
}

func sumMake(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		buf := make([]int, 8)
		for j := range buf {
			buf[j] = i + j
		}
		s += buf[7]
	}
	return s
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	sumClosure(10)
	sumPoints(10)
	sumMake(10)
	before := mallocs()
	r1 := sumClosure(1000)
	d1 := mallocs() - before
	before = mallocs()
	r2 := sumPoints(1000)
	d2 := mallocs() - before
	before = mallocs()
	r3 := sumMake(1000)
	d3 := mallocs() - before
	fmt.Println(r1, r2, r3)
	fmt.Println("closure allocs zero:", d1 == 0)
	fmt.Println("&T{} and new allocs zero:", d2 == 0)
	fmt.Println("make allocs zero:", d3 == 0)
	before = mallocs()
	fs := make([]func() int, 0, 100)
	for i := 0; i < 100; i++ {
		fs = append(fs, counter())
	}
	d4 := mallocs() - before
	fmt.Println("escaping closures allocate:", d4 >= 100, fs[3](), fs[3]())
}

// Output:
// 499500 2497500 506500
// closure allocs zero: true
// &T{} and new allocs zero: true
// make allocs zero: true
// escaping closures allocate: true 1 2
