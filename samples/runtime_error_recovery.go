// runtime_error_recovery.go — runtime errors are panics carrying a runtime.Error.
//
// Out-of-range indexing, nil map writes, nil pointer dereferences, integer division by
// zero and failed type assertions all panic with a value that implements both `error`
// and `runtime.Error`. They can be recovered like any other panic.
package main

import (
	"fmt"
	"runtime"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%-12s -> runtime error: %q\n", what, re.Error())
			return
		}
		fmt.Printf("%-12s -> %v\n", what, r)
	}()
	f()
}

type Shape interface{ Area() float64 }

func main() {
	nums := []int{1, 2, 3}
	var m map[string]int
	var p *struct{ X int }
	var v interface{} = "text"
	zero := 0
	idx := 5

	try("index", func() { fmt.Println(nums[idx]) })
	try("slice", func() { fmt.Println(nums[2:idx]) })
	try("nil map", func() { m["k"] = 1 })
	try("nil pointer", func() { fmt.Println(p.X) })
	try("divide", func() { fmt.Println(10 / zero) })
	try("assertion", func() { fmt.Println(v.(int)) })
	try("interface", func() { fmt.Println(v.(Shape)) })
	try("plain panic", func() { panic("not a runtime error") })
	fmt.Println("still running")
}

// Output:
// index        -> runtime error: "runtime error: index out of range [5] with length 3"
// slice        -> runtime error: "runtime error: slice bounds out of range [:5] with capacity 3"
// nil map      -> runtime error: "assignment to entry in nil map"
// nil pointer  -> runtime error: "runtime error: invalid memory address or nil pointer dereference"
// divide       -> runtime error: "runtime error: integer divide by zero"
// assertion    -> runtime error: "interface conversion: interface {} is string, not int"
// interface    -> runtime error: "interface conversion: string is not main.Shape: missing method Area"
// plain panic  -> not a runtime error
// still running
