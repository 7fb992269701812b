package main

import (
	"errors"
	"fmt"
	"strings"
)

type S struct{ p *int }

func (s *S) Set(p *int) { s.p = p } // ERROR "s does not escape" "leaking param: p"
func (s S) Get() *int   { return s.p } // ERROR "leaking param: s to result ~r0 level=0"

type I interface{ M() int }
type V struct{ x int }

func (v V) M() int { return v.x }

func conv(b []byte, s string) string { // ERROR "b does not escape" "s does not escape"
	t := string(b) // ERROR "string\(b\) does not escape"
	u := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	_ = u
	_ = r
	return t + s // ERROR "t \+ s escapes to heap"
}

func concat(a, b string) int { // ERROR "a does not escape" "b does not escape"
	c := a + b // ERROR "a \+ b does not escape"
	return len(c)
}

func iface() I {
	return V{1} // ERROR "V\{\.\.\.\} escapes to heap"
}

func methodValue(v V) func() int {
	return v.M // ERROR "v\.M escapes to heap"
}

func deferred() (r int) {
	x := 1
	defer func() { r = x }() // ERROR "func literal does not escape"
	return 0
}

func goes(ch chan *int) { // ERROR "leaking param: ch"
	x := 2 // ERROR "moved to heap: x"
	go func() { ch <- &x }() // ERROR "func literal escapes to heap"
}

func main() {
	fmt.Println("hello", 1) // ERROR "\.\.\. argument does not escape" "\"hello\" escapes to heap" "1 escapes to heap"
	var s S
	y := 3 // ERROR "moved to heap: y"
	s.Set(&y)
	err := errors.New("e")
	fmt.Println(err) // ERROR "\.\.\. argument does not escape"
	var sb strings.Builder
	sb.WriteString("x")
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	_ = sl
	m := map[string]*int{} // ERROR "map\[string\]\*int\{\} does not escape"
	z := 4 // ERROR "moved to heap: z"
	m["a"] = &z
	for i := 0; i < 3; i++ {
		j := i
		func() { println(j) }() // ERROR "func literal does not escape"
	}
	var fs []func()
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() { println(j) }) // ERROR "func literal escapes to heap"
	}
	var big [100000]int
	_ = big
	big2 := make([]int, 100000) // ERROR "make\(\[\]int, 100000\) escapes to heap"
	_ = big2
	var e error = fmt.Errorf("x %d", y) // ERROR "\.\.\. argument does not escape" "y escapes to heap"
	panic(e)
}
