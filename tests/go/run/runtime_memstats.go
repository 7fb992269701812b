// runtime.GC and runtime.ReadMemStats: only print facts that hold on every run.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [16]int
}

var sink *node

func main() {
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100000; i++ {
		sink = &node{next: sink}
		if i%1000 == 0 {
			sink = nil
		}
	}
	sink = nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC > 0:", m.NumGC > 0)
	fmt.Println("NumGC grew:", m.NumGC > before.NumGC)
	fmt.Println("Mallocs >= Frees:", m.Mallocs >= m.Frees)
	fmt.Println("Mallocs grew:", m.Mallocs-before.Mallocs >= 100000)
	fmt.Println("TotalAlloc grew:", m.TotalAlloc-before.TotalAlloc >= 100000*100)
	fmt.Println("HeapAlloc <= Sys:", m.HeapAlloc <= m.Sys)
	fmt.Println("Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	fmt.Println("Alloc small:", m.Alloc < 64<<20)
	fmt.Println("HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println("NumGC +1:", m2.NumGC >= m.NumGC+1)
}

// Output:
// NumGC > 0: true
// NumGC grew: true
// Mallocs >= Frees: true
// Mallocs grew: true
// TotalAlloc grew: true
// HeapAlloc <= Sys: true
// Alloc == HeapAlloc: true
// Alloc small: true
// HeapObjects == Mallocs-Frees: true
// NumGC +1: true
