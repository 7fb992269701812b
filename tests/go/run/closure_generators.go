// Generators and memoization with closures over slices and maps.
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, func() int) {
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

func main() {
	g := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(g(), ",")
	}
	fmt.Println()
	sq, calls := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls())
	var history []string
	logger := func(s string) func() {
		return func() { history = append(history, s) }
	}
	l1, l2 := logger("one"), logger("two")
	l2()
	l1()
	l2()
	fmt.Println(history)
}

// Output:
// 0,1,1,2,3,5,8,13,21,34,55,89,144,233,377,
// 16 16 25 2
// [two one two]
