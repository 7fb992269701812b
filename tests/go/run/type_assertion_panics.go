// Failing type assertions without comma-ok panic with *runtime.TypeAssertionError messages.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

type U int

func try(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(r, isRT)
	}()
	f()
}

func main() {
	var x interface{} = "str"
	try(func() { _ = x.(int) })
	try(func() { _ = x.(I) })
	var i I = T{}
	try(func() { _ = i.(J) })
	try(func() { _ = i.(*T) })
	var nilI I
	try(func() { _ = nilI.(T) })
	try(func() { _ = nilI.(J) })
	x = U(3)
	try(func() { _ = x.(int) })
	x = []int{}
	try(func() { _ = x.(fmt.Stringer) })
}

// Output:
// interface conversion: interface {} is string, not int true
// interface conversion: string is not main.I: missing method M true
// interface conversion: main.T is not main.J: missing method N true
// interface conversion: main.I is main.T, not *main.T true
// interface conversion: main.I is nil, not main.T true
// interface conversion: interface is nil, not main.J true
// interface conversion: interface {} is main.U, not int true
// interface conversion: []int is not fmt.Stringer: missing method String true
