// Pointers: address-of, dereference, new, pointers to structs and array elements, pointer to pointer,
// nil pointers, and swapping through pointers.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v
	return &x // the local escapes; each call returns a distinct variable
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := &x
	*p = 10
	fmt.Println(x, *p == x)

	pp := &p
	**pp = 20
	fmt.Println(x)

	q := new(int)
	fmt.Println(*q)
	*q = 5
	fmt.Println(*q)

	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)

	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	for c := n; c != nil; c = c.Next {
		fmt.Print(c.Val, ";")
	}
	fmt.Println()

	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 50
	fmt.Println(arr)

	sl := []int{1, 2, 3}
	se := &sl[0]
	*se = 7
	fmt.Println(sl)

	type S struct{ A, B int }
	s := S{1, 2}
	fp := &s.B
	*fp = 99
	fmt.Println(s)

	var np *Node
	fmt.Println(np == nil)

	ps := new(S)
	ps.A = 3
	(*ps).B = 4
	fmt.Println(*ps)

	pa := &[2]string{"x", "y"}
	pa[0] = "z"
	fmt.Println(*pa, len(pa))
}

// Output:
// 2 1
// 10 true
// 20
// 0
// 5
// false true
// 1;2;3;
// [1 50 3]
// [7 2 3]
// {1 99}
// true
// {3 4}
// [z y] 2
