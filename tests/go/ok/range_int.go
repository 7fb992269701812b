// Range over an integer (Go 1.22): 0..n-1, typed counts, no iterations for n <= 0, the
// assignment form, and the count evaluated once.
//
// gomini-ok: output derived by reasoning. Go 1.19 cannot compile range-over-int, so the Output
// block below was derived from the Go 1.22 specification ("for i := range n" yields 0..n-1 with
// the type of n; an untyped constant n gives int; n <= 0 runs zero iterations), and cross-checked
// by running the same program rewritten with three-clause loops under Go 1.19.
package main

import "fmt"

type Small int8

func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}

	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)

	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)

	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -4
	for range neg {
		fmt.Println("never")
	}

	var s Small = 2
	for i := range s {
		fmt.Printf("%T %d\n", i, i)
	}
	var u uint8 = 2
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}
	const N = 1
	for i := range N {
		fmt.Printf("%T %d\n", i, i)
	}

	var j int
	for j = range 4 {
	}
	fmt.Println(j)

	m := 3
	total := 0
	for i := range m {
		m = 10 // does not change the number of iterations
		total += i
	}
	fmt.Println(total, m)

	for i := range 3 {
		line := ""
		for k := range i + 1 {
			line += fmt.Sprint(k)
		}
		fmt.Println(line)
	}
}

// Output:
// i = 0
// i = 1
// i = 2
// 5050
// 5
// main.Small 0
// main.Small 1
// uint8 0
// uint8 1
// int 0
// 3
// 3 10
// 0
// 01
// 012
