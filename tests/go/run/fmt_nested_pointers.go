// Pointers to structs print as &{...} at the top level; deeper pointers would print addresses, so only nil ones here.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Wrap struct {
	P *int
	S *[]int
}

func main() {
	n := &Node{1, nil}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%v\n", Wrap{})
	fmt.Printf("%+v\n", Wrap{})
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	sl := &[]string{"a"}
	fmt.Println(sl)
	mp := &map[string]int{"x": 1}
	fmt.Println(mp)
	var np *Node
	fmt.Println(np, []*Node{nil})
	i := 5
	ip := &i
	fmt.Println(ip != nil, *ip)
	fmt.Println(fmt.Sprintf("%p", ip) == fmt.Sprintf("%p", &i), fmt.Sprintf("%v", ip) == fmt.Sprintf("%p", ip))
	fmt.Println(len(fmt.Sprintf("%p", ip)) > 2, fmt.Sprintf("%p", np))
	fmt.Printf("%v %d\n", []*int{nil}, (*int)(nil))
}

// Output:
// &{1 <nil>}
// &{1 <nil>} &{Val:1 Next:<nil>}
// {<nil> <nil>}
// {P:<nil> S:<nil>}
// &[1 2 3]
// &[a]
// &map[x:1]
// <nil> [<nil>]
// true 5
// true true
// true 0x0
// [<nil>] 0
