// var declarations: grouped, with and without types, multiple assignment, zero values.
package main

import "fmt"

var (
	count   int
	name            = "gomini"
	ratio   float64 = 0.5
	a, b, c         = 1, "two", 3.0
	x, y    int     = 10, 20
	flag    bool
	ptr     *int
	sl      []string
	mp      map[string]int
	fn      func() int
	iface   interface{}
)

var single = 42

func pair() (int, string) { return 7, "seven" }

func main() {
	fmt.Println(count, name, ratio, a, b, c, x, y, flag)
	fmt.Println(ptr == nil, sl == nil, mp == nil, fn == nil, iface == nil)
	fmt.Println(len(sl), len(mp))
	var n, s = pair()
	fmt.Println(n, s)
	var (
		local1 = single * 2
		local2 string
	)
	fmt.Printf("%d %q\n", local1, local2)
	var p, q int
	p, q = 3, 4
	p, q = q, p
	fmt.Println(p, q)
	var arr [3]int
	var st struct {
		A int
		B string
	}
	fmt.Println(arr, st)
	fmt.Printf("%+v\n", st)
}

// Output:
// 0 gomini 0.5 1 two 3 10 20 false
// true true true true true
// 0 0
// 7 seven
// 84 ""
// 4 3
// [0 0 0] {0 }
// {A:0 B:}
