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

func (l *List) Push(v int) { // ERROR "leaking param content: l"
	l.head = &node{v, l.head} // ERROR "&node\{\.\.\.\} escapes to heap"
	l.size++
}

func (l *List) Reverse() { // ERROR "leaking param content: l"
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string { // ERROR "l does not escape"
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val)) // ERROR "\.\.\. argument does not escape" "n\.val escapes to heap"
	}
	return "[" + strings.Join(parts, " -> ") + "]" // ERROR "\"\[\" \+ strings\.Join\(parts, \" -> \"\) \+ \"\]\" escapes to heap"
}

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) } // ERROR "leaking param content: s" "leaking param: v"
func (s *Stack) Pop() (string, bool) { // ERROR "leaking param: s to result ~r0 level=2"
	if len(*s) == 0 {
		return "", false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1] // ERROR "\(\*Stack\)\.Pop ignoring self-assignment in \*s = \(\*s\)\[:len\(\*s\) - 1\]"
	return v, true
}

type Queue struct{ items []int }

func (q *Queue) Enqueue(v int) { q.items = append(q.items, v) } // ERROR "leaking param content: q"
func (q *Queue) Dequeue() int { // ERROR "q does not escape"
	v := q.items[0]
	q.items = q.items[1:] // ERROR "\(\*Queue\)\.Dequeue ignoring self-assignment in q\.items = q\.items\[1:\]"
	return v
}
func (q Queue) Len() int { return len(q.items) } // ERROR "q does not escape"

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true } // ERROR "s does not escape" "leaking param: k"
func (s Set) Has(k string) bool { return s[k] } // ERROR "s does not escape" "k does not escape"

func balanced(expr string) bool { // ERROR "expr does not escape"
	var st Stack
	pairs := map[rune]string{')': "(", ']': "[", '}': "{"} // ERROR "map\[rune\]string\{\.\.\.\} does not escape"
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(string(r)) // ERROR "string\(r\) escapes to heap"
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
	l := &List{} // ERROR "&List\{\} escapes to heap"
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.size) // ERROR "\.\.\. argument does not escape" "l\.size escapes to heap"
	l.Reverse()
	fmt.Println(l.String()) // ERROR "\.\.\. argument does not escape" "\(\*List\)\.String\(l\) escapes to heap"

	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		fmt.Printf("%q %v\n", e, balanced(e)) // ERROR "\.\.\. argument does not escape" "e escapes to heap" "balanced\(e\) escapes to heap"
	}

	var q Queue
	for i := 0; i < 4; i++ {
		q.Enqueue(i * i)
	}
	fmt.Println(q.Dequeue(), q.Dequeue(), q.Len()) // ERROR "\.\.\. argument does not escape" "\(\*Queue\)\.Dequeue\(q\) escapes to heap" "\(\*Queue\)\.Dequeue\(q\) escapes to heap" "Queue\.Len\(q\) escapes to heap"

	s := Set{} // ERROR "Set\{\} does not escape"
	s.Add("x")
	s.Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s)) // ERROR "\.\.\. argument does not escape" "Set\.Has\(s, \"x\"\) escapes to heap" "Set\.Has\(s, \"z\"\) escapes to heap" "len\(s\) escapes to heap"
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
