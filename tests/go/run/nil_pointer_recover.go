// Dereferencing a nil pointer panics with a runtime error that recover can catch.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ X int }

func (t *T) Get() int { return t.X }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, r, isRT)
	}()
	f()
}

func main() {
	var p *T
	var ip *int
	var ap *[3]int
	try("field", func() { fmt.Println(p.X) })
	try("method", func() { fmt.Println(p.Get()) })
	try("store", func() { *ip = 1 })
	try("array", func() { fmt.Println(ap[1]) })
	try("len", func() { fmt.Println(len(ap)) })
	var f func()
	try("func", func() { f() })
}

// Output:
// field runtime error: invalid memory address or nil pointer dereference true
// method runtime error: invalid memory address or nil pointer dereference true
// store runtime error: invalid memory address or nil pointer dereference true
// array runtime error: invalid memory address or nil pointer dereference true
// 3
// len <nil> false
// func runtime error: invalid memory address or nil pointer dereference true
