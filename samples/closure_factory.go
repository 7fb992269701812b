// closure_factory.go — a function that returns a closure ("closure factory").
//
// Each call to newCounter creates a NEW variable `count` and a new function value that
// refers to it. The closures returned by two calls therefore count independently, while
// the two closures returned by one call (inc and peek) share the same variable.
package main

import "fmt"

// newCounter returns two closures over the same local variable.
func newCounter(start int) (inc func() int, peek func() int) {
	count := start // lives as long as any closure refers to it (it escapes to the heap)
	inc = func() int {
		count++
		return count
	}
	peek = func() int { return count }
	return inc, peek
}

// adder is the classic factory: the returned function remembers `sum` between calls.
func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	incA, peekA := newCounter(0)
	incB, _ := newCounter(100)
	incA()
	incA()
	incB()
	fmt.Println("A:", peekA(), "B:", incB()) // A and B do not share state

	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
}

// Output:
// A: 2 B: 102
// 0 0
// 1 -2
// 3 -6
// 6 -12
// 10 -20
