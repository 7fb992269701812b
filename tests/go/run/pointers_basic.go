// Pointers: address-of, dereference, pointer to struct fields and array elements.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 5
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)
	arr := [3]int{1, 2, 3}
	q := &arr[1]
	*q = 20
	fmt.Println(arr)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	for c := n; c != nil; c = c.Next {
		fmt.Print(c.Val, ";")
	}
	fmt.Println()
	pp := &p
	**pp = 42
	fmt.Println(x)
	var np *Node
	fmt.Println(np == nil, np)
	s := []int{1, 2, 3}
	e := &s[0]
	s = append(s, 4)
	*e = 100
	fmt.Println(s[0] == 100 || s[0] == 1)
	f := &struct{ A, B int }{1, 2}
	f.B = 10
	fmt.Println(*f)
}

// Output:
// 7 7 true
// [1 20 3]
// 1;2;3;
// 42
// true <nil>
// true
// {1 10}
