// escape_analysis.go — which variables live on the heap, and why.
//
// The compiler keeps a variable in the function's frame unless it may outlive the call
// ("escapes"): its address is returned or stored somewhere longer-lived, or a closure that
// captures it escapes. Run `gomini run -m escape_analysis.go` to see gomini's decisions;
// real Go's decisions (`go build -gcflags='-m -l'`, inlining off) are listed at the end.
package main

import "fmt"

type Point struct{ X, Y int }

// newPoint returns the address of a local: p must move to the heap.
func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// sum takes a pointer but does not keep it: the argument does not escape.
func sum(p *Point) int { return p.X + p.Y }

// counter's closure outlives the call, so n moves to the heap with it.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// local uses a closure only inside the call: nothing escapes.
func local() int {
	total := 0
	add := func(v int) { total += v }
	add(1)
	add(2)
	return total
}

var keep *Point

// store saves its argument in a global: the parameter leaks.
func store(p *Point) { keep = p }

func main() {
	p := newPoint(1, 2)
	q := Point{3, 4}
	fmt.Println(sum(p), sum(&q)) // q stays in main's frame
	c := counter()
	c()
	fmt.Println(c(), local())
	store(&Point{5, 6})
	fmt.Println(keep.X)
}

// Real Go 1.19's escape analysis for this file (go build -gcflags='-m -l' escape_analysis.go):
//
//	escape_analysis.go:15:2: moved to heap: p
//	escape_analysis.go:20:10: p does not escape
//	escape_analysis.go:24:2: moved to heap: n
//	escape_analysis.go:25:9: func literal escapes to heap
//	escape_analysis.go:34:9: func literal does not escape
//	escape_analysis.go:43:12: leaking param: p
//	escape_analysis.go:48:13: ... argument does not escape
//	escape_analysis.go:48:17: sum(p) escapes to heap
//	escape_analysis.go:48:25: sum(&q) escapes to heap
//	escape_analysis.go:51:13: ... argument does not escape
//	escape_analysis.go:51:15: c() escapes to heap
//	escape_analysis.go:51:24: local() escapes to heap
//	escape_analysis.go:52:8: &Point{...} escapes to heap
//	escape_analysis.go:53:13: ... argument does not escape
//	escape_analysis.go:53:18: keep.X escapes to heap
//
// (The "... escapes to heap" lines for fmt.Println's arguments are the int results being
// boxed into interface values.)

// Output:
// 3 7
// 2 3
// 5
