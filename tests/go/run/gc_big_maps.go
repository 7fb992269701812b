// Build large maps and drop them repeatedly; the collector must reclaim them and keep live ones intact.
package main

import (
	"fmt"
	"runtime"
)

type entry struct {
	key  string
	vals []int
}

func build(n, seed int) map[string]*entry {
	m := make(map[string]*entry)
	for i := 0; i < n; i++ {
		k := fmt.Sprintf("k%d-%d", seed, i)
		m[k] = &entry{key: k, vals: []int{i, i * seed}}
	}
	return m
}

func main() {
	keep := build(1000, 7)
	total := 0
	for round := 0; round < 20; round++ {
		m := build(20000, round)
		total += len(m)
		if e := m[fmt.Sprintf("k%d-%d", round, 123)]; e.vals[1] != 123*round {
			fmt.Println("corrupt", round)
		}
		m = nil
	}
	runtime.GC()
	ok := true
	for i := 0; i < 1000; i++ {
		e := keep[fmt.Sprintf("k7-%d", i)]
		if e == nil || e.vals[0] != i || e.vals[1] != 7*i {
			ok = false
		}
	}
	fmt.Println(total, len(keep), ok)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc < 200<<20)
}

// Output:
// 400000 1000 true
// true true
