// Runtime errors are panics that can be recovered; their messages are Go's.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", err.Error())
			return
		}
		fmt.Println(name+":", r)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil pointer", func() { fmt.Println(p.x) })
	var e interface{} = "str"
	try("assertion", func() { _ = e.(int) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 1)) })
	arr := [3]int{}
	j := -1
	try("negative index", func() { arr[j+0] = 1 })
	fmt.Println("read from nil map is fine:", m["x"])
}

// Output:
// index: runtime error: index out of range [5] with length 3
// slice: runtime error: slice bounds out of range [:5] with capacity 3
// divide: runtime error: integer divide by zero
// nil map: assignment to entry in nil map
// nil pointer: runtime error: invalid memory address or nil pointer dereference
// assertion: interface conversion: interface {} is string, not int
// custom: custom 1
// negative index: runtime error: index out of range [-1]
// read from nil map is fine: 0
