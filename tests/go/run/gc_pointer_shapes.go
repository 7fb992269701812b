// Pointers hidden in many shapes (arrays in structs, map values, interfaces, closures, slices of
// slices) survive forced collections while garbage is churned around them.
package main

import (
	"fmt"
	"runtime"
)

type Leaf struct {
	Name string
	Val  int
}

type Holder struct {
	pad   [3]int
	ptrs  [4]*Leaf
	names []string
	any   interface{}
}

func churn() {
	for i := 0; i < 20000; i++ {
		_ = &Leaf{Name: fmt.Sprint(i), Val: i}
	}
}

func main() {
	h := &Holder{}
	for i := range h.ptrs {
		h.ptrs[i] = &Leaf{fmt.Sprint("p", i), i}
	}
	h.names = []string{fmt.Sprint("n", 1), fmt.Sprint("n", 2)}
	h.any = &Leaf{"in interface", 99}
	m := map[string]*Leaf{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint("k", i)] = &Leaf{fmt.Sprint("m", i), i * i}
	}
	grid := make([][]*Leaf, 10)
	for i := range grid {
		grid[i] = []*Leaf{{fmt.Sprint("g", i), i}}
	}
	leaf := &Leaf{"captured", 7}
	get := func() string { return leaf.Name }
	var ifaces []interface{}
	for i := 0; i < 10; i++ {
		ifaces = append(ifaces, Leaf{fmt.Sprint("v", i), i}, &Leaf{fmt.Sprint("q", i), i})
	}
	leaf = &Leaf{"captured later", 8}
	for round := 0; round < 3; round++ {
		churn()
		runtime.GC()
	}
	fmt.Println(h.ptrs[0].Name, h.ptrs[3].Name, h.names, h.any.(*Leaf).Name)
	fmt.Println(m["k42"].Name, m["k42"].Val, len(m))
	fmt.Println(grid[9][0].Name, get())
	fmt.Println(ifaces[4].(Leaf).Name, ifaces[5].(*Leaf).Name, len(ifaces))
}

// Output:
// p0 p3 [n1 n2] in interface
// m42 1764 100
// g9 captured later
// v2 q2 20
