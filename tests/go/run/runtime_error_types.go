// The dynamic types of run-time panics, as Go's runtime makes them: *runtime.TypeAssertionError
// for failed assertions (with its messages), runtime.boundsError for index and slice bounds,
// runtime.errorString for division, nil dereference and shifts, runtime.plainError for a nil map
// write; all are runtime.Error values.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		var tae *runtime.TypeAssertionError
		isTAE := false
		if err, ok := r.(error); ok {
			isTAE = errors.As(err, &tae)
		}
		fmt.Printf("%s: %T runtime.Error=%v TypeAssertionError=%v: %v\n", name, r, isRE, isTAE, r)
	}()
	f()
}

func main() {
	var e interface{} = 42
	var nilE interface{}
	var s Shape = Sq{2}
	var nilS Shape
	try("assert concrete", func() { _ = e.(string) })
	try("assert nil", func() { _ = nilE.(int) })
	try("assert iface missing", func() { _ = s.(Named) })
	try("assert iface nil", func() { _ = nilS.(Named) })
	try("assert from iface", func() { _ = s.(*Sq) })
	xs := []int{1, 2, 3}
	i, j := 5, 1
	try("index", func() { _ = xs[i] })
	try("slice", func() { _ = xs[j:i] })
	try("slice3", func() { _ = xs[0:1:i] })
	str := "abc"
	try("string index", func() { _ = str[i] })
	try("string slice", func() { _ = str[i:] })
	arr := [2]int{}
	try("array index", func() { _ = arr[i%4] })
	zero := 0
	try("divide", func() { _ = i / zero })
	var p *Sq
	try("nil deref", func() { _ = p.s })
	neg := -1
	try("shift", func() { _ = i << neg })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	try("makeslice", func() { _ = make([]int, neg) })
}

// Output:
// assert concrete: *runtime.TypeAssertionError runtime.Error=true TypeAssertionError=true: interface conversion: interface {} is int, not string
// assert nil: *runtime.TypeAssertionError runtime.Error=true TypeAssertionError=true: interface conversion: interface {} is nil, not int
// assert iface missing: *runtime.TypeAssertionError runtime.Error=true TypeAssertionError=true: interface conversion: main.Sq is not main.Named: missing method Name
// assert iface nil: *runtime.TypeAssertionError runtime.Error=true TypeAssertionError=true: interface conversion: interface is nil, not main.Named
// assert from iface: *runtime.TypeAssertionError runtime.Error=true TypeAssertionError=true: interface conversion: main.Shape is main.Sq, not *main.Sq
// index: runtime.boundsError runtime.Error=true TypeAssertionError=false: runtime error: index out of range [5] with length 3
// slice: runtime.boundsError runtime.Error=true TypeAssertionError=false: runtime error: slice bounds out of range [:5] with capacity 3
// slice3: runtime.boundsError runtime.Error=true TypeAssertionError=false: runtime error: slice bounds out of range [::5] with capacity 3
// string index: runtime.boundsError runtime.Error=true TypeAssertionError=false: runtime error: index out of range [5] with length 3
// string slice: runtime.boundsError runtime.Error=true TypeAssertionError=false: runtime error: slice bounds out of range [5:3]
// array index: <nil> runtime.Error=false TypeAssertionError=false: <nil>
// divide: runtime.errorString runtime.Error=true TypeAssertionError=false: runtime error: integer divide by zero
// nil deref: runtime.errorString runtime.Error=true TypeAssertionError=false: runtime error: invalid memory address or nil pointer dereference
// shift: runtime.errorString runtime.Error=true TypeAssertionError=false: runtime error: negative shift amount
// nil map: runtime.plainError runtime.Error=true TypeAssertionError=false: assignment to entry in nil map
// makeslice: runtime.errorString runtime.Error=true TypeAssertionError=false: runtime error: makeslice: len out of range
