// Data structures built from structs, pointers and slices: a singly linked list with methods,
// a slice-backed stack and queue, and a set built on a map.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }
func (s *Stack) Pop() (string, bool) {
	if len(*s) == 0 {
		return "", false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Queue struct{ items []int }

func (q *Queue) Enqueue(v int) { q.items = append(q.items, v) }
func (q *Queue) Dequeue() int {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}
func (q Queue) Len() int { return len(q.items) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

func balanced(expr string) bool {
	var st Stack
	pairs := map[rune]string{')': "(", ']': "[", '}': "{"}
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(string(r))
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return len(st) == 0
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l.String())

	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q %v\n", e, balanced(e))
	}

	var q Queue
	for i := 0; i < 4; i++ {
		q.Enqueue(i * i)
	}
	fmt.Println(q.Dequeue(), q.Dequeue(), q.Len())

	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
}

// Output:
// [5 -> 4 -> 3 -> 2 -> 1] 5
// [1 -> 2 -> 3 -> 4 -> 5]
// "(a[b]{c})" true
// "(]" false
// "((" false
// "" true
// 0 1 2
// true false 2
