// Pointers to struct fields and structs holding pointers.
package main

type Node struct {
	val  int
	next *Node
}

type Pair struct{ a, b int }

func fieldPtr() *int {
	var p Pair // ERROR "moved to heap: p"
	return &p.b
}

func localField() int {
	var p Pair
	q := &p.a
	*q = 3
	return p.a
}

func link() *Node {
	n1 := &Node{val: 1} // ERROR "&Node\{\.\.\.\} escapes to heap"
	n2 := &Node{val: 2, next: n1} // ERROR "&Node\{\.\.\.\} escapes to heap"
	return n2
}

func localList() int {
	a := Node{val: 1}
	b := Node{val: 2, next: &a}
	return b.next.val
}

func setNext(n *Node, m *Node) { // ERROR "n does not escape" "leaking param: m"
	n.next = m
}

func main() {
	println(*fieldPtr(), localField(), link().val, localList())
	x, y := &Node{}, &Node{} // ERROR "&Node\{\} does not escape" "&Node\{\} escapes to heap"
	setNext(x, y)
}
