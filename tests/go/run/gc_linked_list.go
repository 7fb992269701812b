// A long linked list (live) interleaved with garbage; walking it after GCs gives the same sum.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Name string
	Next *Node
}

func main() {
	var head *Node
	for i := 0; i < 200000; i++ {
		head = &Node{Val: i, Next: head}
		_ = make([]int, 8)
		if i%50000 == 0 {
			head.Name = fmt.Sprint("mark", i)
			runtime.GC()
		}
	}
	sum, n := 0, 0
	var names []string
	for p := head; p != nil; p = p.Next {
		sum += p.Val
		n++
		if p.Name != "" {
			names = append(names, p.Name)
		}
	}
	fmt.Println(n, sum, names)
}

// Output:
// 200000 19999900000 [mark150000 mark100000 mark50000 mark0]
