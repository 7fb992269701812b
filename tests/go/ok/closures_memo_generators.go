// Closures over mutable state: memoization wrapper, generators, middleware-style wrapping,
// and a closure that captures a loop-external variable modified after creation.
package main

import (
	"fmt"
	"strings"
)

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return calls
		}
}

type Handler func(string) string

func logging(prefix string, next Handler) Handler {
	return func(s string) string {
		return prefix + "(" + next(s) + ")"
	}
}

func words(s string) func() (string, bool) {
	fields := strings.Fields(s)
	i := 0
	return func() (string, bool) {
		if i >= len(fields) {
			return "", false
		}
		w := fields[i]
		i++
		return w, true
	}
}

func main() {
	square, calls := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(square(n), ";")
	}
	fmt.Println(" calls:", calls())

	h := logging("A", logging("B", strings.ToUpper))
	fmt.Println(h("hi"))

	next := words("the quick  brown fox")
	for w, ok := next(); ok; w, ok = next() {
		fmt.Println(w)
	}

	base := 10
	addBase := func(x int) int { return x + base }
	fmt.Println(addBase(1))
	base = 100
	fmt.Println(addBase(1))

	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		name := name
		n := 0
		counters[name] = func() int {
			n += len(name)
			return n
		}
	}
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())
}

// Output:
// 4;9;4;4;16;9; calls: 3
// A(B(HI))
// the
// quick
// brown
// fox
// 11
// 101
// 2 1
