// Deep (finite) recursion: depth 100000 must work, with frames holding locals.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [4]int
	pad[n%4] = n
	return depth(n-1) + 1 + pad[n%4] - n
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumTo(200000))
	var l *List
	for i := 0; i < 100000; i++ {
		l = &List{i, l}
	}
	fmt.Println(l.Len())
}

// Output:
// 100000
// 20000100000
// 100000
