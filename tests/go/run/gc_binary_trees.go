// Allocation-heavy binary trees: many short-lived trees and one long-lived tree survive collections.
package main

import "fmt"

type Tree struct{ Left, Right *Tree }

func bottomUp(depth int) *Tree {
	if depth <= 0 {
		return &Tree{}
	}
	return &Tree{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (t *Tree) check() int {
	if t.Left == nil {
		return 1
	}
	return 1 + t.Left.check() + t.Right.check()
}

func main() {
	const maxDepth = 14
	stretch := bottomUp(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.check())
	longLived := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
}

// Output:
// stretch tree of depth 15	 check: 65535
// 16384	 trees of depth 4	 check: 507904
// 4096	 trees of depth 6	 check: 520192
// 1024	 trees of depth 8	 check: 523264
// 256	 trees of depth 10	 check: 524032
// 64	 trees of depth 12	 check: 524224
// 16	 trees of depth 14	 check: 524272
// long lived tree of depth 14	 check: 32767
