// Frames are scanned precisely: an integer that happens to equal a heap object's address does not
// keep the object alive, while a live pointer (a local, an interface) does; struct locals and closures
// holding pointers survive collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var ms runtime.MemStats

func heapAlloc() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

type holder struct {
	n   int
	buf *[1 << 20]int
}

func addrOf(p *[1 << 20]int) uint64 {
	s := fmt.Sprintf("%p", p)
	n, err := strconv.ParseUint(s[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	base := heapAlloc()
	big := new([1 << 20]int) // 8 MB
	big[7] = 42
	n := addrOf(big)
	kept := heapAlloc()-base >= 8<<20
	fmt.Println("allocated:", kept, big[7])
	big = nil
	after := heapAlloc()
	fmt.Println("freed although an int holds its address:", after < base+(1<<20), n != 0)

	// a pointer in a struct local keeps it
	h := holder{n: 1, buf: new([1 << 20]int)}
	h.buf[9] = 9
	heapAlloc()
	fmt.Println("struct field:", h.buf[9], h.n)
	// an interface keeps it
	var e interface{} = h.buf
	h.buf = nil
	kept = heapAlloc()-after >= 8<<20
	fmt.Println("interface keeps it:", kept, e.(*[1 << 20]int)[9])
	e = nil
	// a closure keeps it
	c := new([1 << 20]int)
	c[1] = 5
	get := func() int { return c[1] }
	heapAlloc()
	fmt.Println("closure:", get())
	fmt.Println("at most one left:", heapAlloc()-after < 9<<20, get())
}

// Output:
// allocated: true 42
// freed although an int holds its address: true true
// struct field: 9 1
// interface keeps it: true 9
// closure: 5
// at most one left: true 5
