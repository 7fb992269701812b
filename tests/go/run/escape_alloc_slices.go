// Slice literals, the implicit "..." slice of a variadic call and method values that do not
// escape live in the frame: no heap allocation per iteration, as with gc.
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

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type acc struct{ n int }

func (a *acc) add(v int) { a.n += v }

func call(f func(int), v int) { f(v) }

func variadic(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += sum(i, i+1, i+2)
	}
	return s
}

func literal(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		xs := []int{i, 2 * i, 3 * i}
		ps := []*int{&xs[0], &xs[2]}
		s += *ps[0] + *ps[1] + len(xs)
	}
	return s
}

func methodValue(n int) int {
	a := acc{}
	for i := 0; i < n; i++ {
		call(a.add, i)
	}
	return a.n
}

func main() {
	variadic(10)
	literal(10)
	methodValue(10)
	before := mallocs()
	r1 := variadic(1000)
	d1 := mallocs() - before
	before = mallocs()
	r2 := literal(1000)
	d2 := mallocs() - before
	before = mallocs()
	r3 := methodValue(1000)
	d3 := mallocs() - before
	fmt.Println(r1, r2, r3)
	fmt.Println("variadic allocs zero:", d1 == 0)
	fmt.Println("slice literal allocs zero:", d2 == 0)
	fmt.Println("method value allocs zero:", d3 == 0)
}

// Output:
// 1501500 2001000 499500
// variadic allocs zero: true
// slice literal allocs zero: true
// method value allocs zero: true
