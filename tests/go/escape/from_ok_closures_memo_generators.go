// Closures over mutable state: memoization wrapper, generators, middleware-style wrapping,
// and a closure that captures a loop-external variable modified after creation.
package main

import (
	"fmt"
	"strings"
)

func memoize(f func(int) int) (func(int) int, func() int) { // ERROR "leaking param: f"
	cache := map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap"
	calls := 0 // ERROR "moved to heap: calls"
	return func(n int) int { // ERROR "func literal escapes to heap"
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int { // ERROR "func literal escapes to heap"
			return calls
		}
}

type Handler func(string) string

func logging(prefix string, next Handler) Handler { // ERROR "leaking param: prefix" "leaking param: next"
	return func(s string) string { // ERROR "leaking param: s" "func literal escapes to heap"
		return prefix + "(" + next(s) + ")" // ERROR "prefix \+ \"\(\" \+ next\(s\) \+ \"\)\" escapes to heap"
	}
}

func words(s string) func() (string, bool) { // ERROR "leaking param: s"
	fields := strings.Fields(s)
	i := 0 // ERROR "moved to heap: i"
	return func() (string, bool) { // ERROR "func literal escapes to heap"
		if i >= len(fields) {
			return "", false
		}
		w := fields[i]
		i++
		return w, true
	}
}

func main() {
	square, calls := memoize(func(n int) int { return n * n }) // ERROR "func literal escapes to heap"
	for _, n := range []int{2, 3, 2, 2, 4, 3} { // ERROR "\[\]int\{\.\.\.\} does not escape"
		fmt.Print(square(n), ";") // ERROR "\.\.\. argument does not escape" "square\(n\) escapes to heap" "\";\" escapes to heap"
	}
	fmt.Println(" calls:", calls()) // ERROR "\.\.\. argument does not escape" "\" calls:\" escapes to heap" "calls\(\) escapes to heap"

	h := logging("A", logging("B", strings.ToUpper))
	fmt.Println(h("hi")) // ERROR "\.\.\. argument does not escape" "h\(\"hi\"\) escapes to heap"

	next := words("the quick  brown fox")
	for w, ok := next(); ok; w, ok = next() {
		fmt.Println(w) // ERROR "\.\.\. argument does not escape" "w escapes to heap"
	}

	base := 10
	addBase := func(x int) int { return x + base } // ERROR "func literal does not escape"
	fmt.Println(addBase(1)) // ERROR "\.\.\. argument does not escape" "addBase\(1\) escapes to heap"
	base = 100
	fmt.Println(addBase(1)) // ERROR "\.\.\. argument does not escape" "addBase\(1\) escapes to heap"

	counters := map[string]func() int{} // ERROR "map\[string\]func\(\) int\{\} does not escape"
	for _, name := range []string{"x", "y"} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		name := name
		n := 0 // ERROR "moved to heap: n"
		counters[name] = func() int { // ERROR "func literal escapes to heap"
			n += len(name)
			return n
		}
	}
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]()) // ERROR "\.\.\. argument does not escape" "counters\[\"x\"\]\(\) escapes to heap" "counters\[\"y\"\]\(\) escapes to heap"
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
