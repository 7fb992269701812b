// Errorcheck: slicing unaddressable arrays, 3-index slices of strings, slicing non-sliceable values.
package main

import "fmt"

func triple() [3]int { return [3]int{1, 2, 3} }

type Buffer struct{ data [4]byte }

func get() Buffer { return Buffer{} }

func main() {
	fmt.Println(triple()[1:]) // ERROR "invalid operation: triple\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)"
	a := triple()
	fmt.Println(a[1:])          // fine: a is addressable
	fmt.Println(get().data[:2]) // ERROR "invalid operation: get\(\)\.data \(value of type \[4\]byte\) \(slice of unaddressable value\)"
	s := "hello"
	fmt.Println(s[1:3])   // fine
	fmt.Println(s[1:2:3]) // ERROR "invalid operation: 3-index slice of string"
	n := 5
	fmt.Println(n[1:]) // ERROR "cannot slice n \(variable of type int\)"
	m := map[int]int{}
	fmt.Println(m[:]) // ERROR "cannot slice m \(variable of type map\[int\]int\)"
	xs := []int{1, 2, 3}
	fmt.Println(xs[1:2:3], xs[:0]) // fine
	fmt.Println(xs[3:2])           // ERROR "invalid slice indices: 2 < 3"
}
