// Values whose address or closure outlives their frame must stay valid (escape analysis must move
// them to the heap); values that do not escape must still behave as independent variables.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

var global *int
var saved []func() int

func addrOfLocal() *int {
	x := 42
	return &x
}

func addrOfParam(p int) *int { return &p }

func addrOfArrayElem() *int {
	arr := [4]int{1, 2, 3, 4}
	return &arr[2]
}

func addrOfField() *int {
	n := Node{Val: 7}
	return &n.Val
}

func storeGlobal() {
	y := 99
	global = &y
}

func saveClosure(k int) {
	acc := k
	saved = append(saved, func() int { acc++; return acc })
}

func sliceOfLocal() []int {
	arr := [3]int{5, 6, 7}
	return arr[:]
}

func buildList(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		node := Node{Val: i, Next: head}
		head = &node
	}
	return head
}

func churn() {
	for i := 0; i < 10000; i++ {
		_ = make([]int, 10)
	}
}

func main() {
	a, b := addrOfLocal(), addrOfLocal()
	*a = 1
	p := addrOfParam(5)
	e := addrOfArrayElem()
	f := addrOfField()
	storeGlobal()
	saveClosure(10)
	saveClosure(20)
	s := sliceOfLocal()
	l := buildList(5)
	churn()
	runtime.GC()
	fmt.Println(*a, *b, *p, *e, *f, *global)
	fmt.Println(saved[0](), saved[0](), saved[1]())
	fmt.Println(s, len(s), cap(s))
	for n := l; n != nil; n = n.Next {
		fmt.Print(n.Val, ";")
	}
	fmt.Println()
	x := 1
	px := &x
	y := x
	*px = 2
	fmt.Println(x, y)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 100
		ptrs = append(ptrs, &v)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}

// Output:
// 1 42 5 3 7 99
// 11 12 21
// [5 6 7] 3 3
// 4;3;2;1;0;
// 2 1
// 0 100 200
