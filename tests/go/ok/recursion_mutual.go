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

func (p *parser) peek() byte {
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() int {
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

func (p *parser) term() int {
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

func (p *parser) factor() int {
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

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Val)
	walk(t.Right, visit)
}

func height(t *Tree) int {
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
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	for _, e := range []string{"1+2*3", "(1+2)*3", "8/2/2", "9-(2-1)*3", "((7))"} {
		p := &parser{s: e}
		fmt.Println(e, "=", p.expr())
	}
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} {
		root = insert(root, v)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) })
	fmt.Println(out, height(root))
}

// Output:
// true true false
// 1+2*3 = 7
// (1+2)*3 = 9
// 8/2/2 = 2
// 9-(2-1)*3 = 6
// ((7)) = 7
// [1 2 3 4 5 7 8 9] 4
