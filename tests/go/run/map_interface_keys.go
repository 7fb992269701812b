// Interface-typed keys hash the dynamic value; 1 and int64(1) are different keys; slices panic.
package main

import "fmt"

type T struct{ A int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	m[T{1}] = "T"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	m[1.0] = "float"
	fmt.Println(len(m), m[1], m[int64(1)], m[T{1}], m[nil], m[[2]int{1, 1}], m[1.0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = "slice"
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = m[map[int]int{}]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := interface{}(T{2})
		m[k] = "T2"
		fmt.Println(m[T{2}])
	}()
	em := map[error]int{}
	fmt.Println(len(em))
}

// Output:
// 7 int int64 T nil array float
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type map[int]int
// T2
// recovered: <nil>
// 0
