// Mutual recursion between package-level functions, a recursive-descent expression evaluator,
// and recursive data structures (binary tree insert and traversal).
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// A tiny parser: expr = term {('+'|'-') term}; term = factor {('*'|'/') factor}; factor = digit | '(' expr ')'.
type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte { // ERROR "p does not escape"
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() int { // ERROR "p does not escape"
	v := p.term()
	for p.peek() == '+' || p.peek() == '-' {
		op := p.peek()
		p.pos++
		if op == '+' {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int { // ERROR "p does not escape"
	v := p.factor()
	for p.peek() == '*' || p.peek() == '/' {
		op := p.peek()
		p.pos++
		if op == '*' {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() int { // ERROR "p does not escape"
	if p.peek() == '(' {
		p.pos++
		v := p.expr()
		p.pos++ // ')'
		return v
	}
	d := int(p.peek() - '0')
	p.pos++
	return d
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree { // ERROR "leaking param: t"
	if t == nil {
		return &Tree{Val: v} // ERROR "&Tree\{\.\.\.\} escapes to heap"
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, visit func(int)) { // ERROR "t does not escape" "visit does not escape"
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Val)
	walk(t.Right, visit)
}

func height(t *Tree) int { // ERROR "t does not escape"
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7)) // ERROR "\.\.\. argument does not escape" "isEven\(10\) escapes to heap" "isOdd\(7\) escapes to heap" "isEven\(7\) escapes to heap"
	for _, e := range []string{"1+2*3", "(1+2)*3", "8/2/2", "9-(2-1)*3", "((7))"} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		p := &parser{s: e} // ERROR "&parser\{\.\.\.\} does not escape"
		fmt.Println(e, "=", p.expr()) // ERROR "\.\.\. argument does not escape" "e escapes to heap" "\"=\" escapes to heap" "\(\*parser\)\.expr\(p\) escapes to heap"
	}
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} { // ERROR "\[\]int\{\.\.\.\} does not escape"
		root = insert(root, v)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) }) // ERROR "func literal does not escape"
	fmt.Println(out, height(root)) // ERROR "\.\.\. argument does not escape" "out escapes to heap" "height\(root\) escapes to heap"
}

// Output:
// true true false
// 1+2*3 = 7
// (1+2)*3 = 9
// 8/2/2 = 2
// 9-(2-1)*3 = 6
// ((7)) = 7
// [1 2 3 4 5 7 8 9] 4
