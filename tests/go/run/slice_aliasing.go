// Slices share their backing array until append needs to reallocate.
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := a[:2]
	b[0] = 1
	fmt.Println(a, b)
	c := append(b, 5)
	fmt.Println(a, c)
	d := append(a, 6, 7)
	d[0] = 100
	fmt.Println(a, d)
	e := []int{1, 2, 3}
	f := append(e, 4)
	f[0] = 100
	fmt.Println(e, f)
	g := e[1:]
	g[0] = 20
	fmt.Println(e, g)
	grow := func(s []int) { s = append(s, 99); s[0] = -5 }
	h := make([]int, 1, 2)
	grow(h)
	fmt.Println(h, h[:2])
	k := []int{1}
	grow(k)
	fmt.Println(k)
}

// Output:
// [1 0 0] [1 0]
// [1 0 5] [1 0 5]
// [100 0 5] [100 0 5 6 7]
// [1 2 3] [100 2 3 4]
// [1 20 3] [20 3]
// [-5] [-5 99]
// [1]
