// Interface values compare by dynamic type and value; uncomparable dynamic types panic.
package main

import "fmt"

type T struct{ N int }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 3, 3
	fmt.Println(a == b)
	b = int64(3)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b, a == "x")
	a, b = T{1}, T{1}
	fmt.Println(a == b)
	a, b = &T{1}, &T{1}
	fmt.Println(a == b)
	p := &T{2}
	a, b = p, p
	fmt.Println(a == b)
	var e error
	fmt.Println(e == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := interface{}([]int{1})
		y := interface{}([]int{1})
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := interface{}(map[string]int{})
		fmt.Println(x == x)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := interface{}([]int{1})
		fmt.Println(x == interface{}(1))
	}()
}

// Output:
// true true
// true
// false
// true true
// true
// false
// true
// true
// recovered: runtime error: comparing uncomparable type []int
// recovered: runtime error: comparing uncomparable type map[string]int
// false
// recovered: <nil>
