// Recursion with large frames (local arrays) to depth 20000, and a recursive tree walk.
package main

import "fmt"

func frames(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[63]
	}
	return frames(n-1) + buf[0] - buf[1] + 1
}

type T struct{ l, r *T }

func build(d int) *T {
	if d == 0 {
		return nil
	}
	return &T{build(d - 1), nil}
}

func (t *T) depth() int {
	if t == nil {
		return 0
	}
	return 1 + t.l.depth()
}

func main() {
	fmt.Println(frames(20000))
	fmt.Println(build(50000).depth())
}

// Output:
// 63
// 50000
