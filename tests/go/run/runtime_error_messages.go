// Every runtime error, recovered and printed with fmt.Println, plus whether it is a runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{}

func (T) M() {}

func check(name string, f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-10s %v | runtime.Error=%v error=%v\n", name, r, ok, isErr)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	var m map[string]int
	var p *T
	var ip *int
	zero := 0
	n := -1
	str := "hey"
	var e interface{} = "s"
	check("index", func() { _ = s[zero+5] })
	check("arrindex", func() { _ = arr[zero+3] })
	check("strindex", func() { _ = str[zero+10] })
	check("slice", func() { _ = s[1 : zero+10] })
	check("slice2", func() { _ = s[zero+2 : zero+1] })
	check("slicestr", func() { _ = str[zero+4:] })
	check("nilmap", func() { m["k"] = 1 })
	check("nilptr", func() { _ = *ip })
	check("nilmethod", func() { var i I = p; i.M(); _ = *p })
	check("divide", func() { _ = 1 / zero })
	check("modulo", func() { _ = 1 % zero })
	check("assert", func() { _ = e.(int) })
	check("assertI", func() { _ = e.(I) })
	check("shift", func() { _ = 1 << n })
	check("makeslice", func() { _ = make([]byte, n) })
	check("makecap", func() { _ = make([]byte, 1, zero) })
	check("closed", func() { panic("custom") })
}

// Output:
// index      runtime error: index out of range [5] with length 3 | runtime.Error=true error=true
// arrindex   runtime error: index out of range [3] with length 3 | runtime.Error=true error=true
// strindex   runtime error: index out of range [10] with length 3 | runtime.Error=true error=true
// slice      runtime error: slice bounds out of range [:10] with capacity 3 | runtime.Error=true error=true
// slice2     runtime error: slice bounds out of range [2:1] | runtime.Error=true error=true
// slicestr   runtime error: slice bounds out of range [4:3] | runtime.Error=true error=true
// nilmap     assignment to entry in nil map | runtime.Error=true error=true
// nilptr     runtime error: invalid memory address or nil pointer dereference | runtime.Error=true error=true
// nilmethod  runtime error: invalid memory address or nil pointer dereference | runtime.Error=true error=true
// divide     runtime error: integer divide by zero | runtime.Error=true error=true
// modulo     runtime error: integer divide by zero | runtime.Error=true error=true
// assert     interface conversion: interface {} is string, not int | runtime.Error=true error=true
// assertI    interface conversion: string is not main.I: missing method M | runtime.Error=true error=true
// shift      runtime error: negative shift amount | runtime.Error=true error=true
// makeslice  runtime error: makeslice: len out of range | runtime.Error=true error=true
// makecap    runtime error: makeslice: cap out of range | runtime.Error=true error=true
// closed     custom | runtime.Error=false error=false
