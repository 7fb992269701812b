// Recursive and mutually recursive functions are analysed together.
package main

type List struct {
	v    int
	next *List
}

func length(l *List) int { // ERROR "l does not escape"
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func last(l *List) *List { // ERROR "leaking param: l to result ~r0 level=0"
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func even(n int, p *int) bool { // ERROR "p does not escape"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "p does not escape"
	if n == 0 {
		return false
	}
	return even(n-1, p)
}

func main() {
	l := &List{1, &List{2, nil}} // ERROR "&List\{\.\.\.\} does not escape" "&List\{\.\.\.\} does not escape"
	x := 0
	println(length(l), last(l).v, even(4, &x))
}
