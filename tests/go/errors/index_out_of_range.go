// Errorcheck: constant indices are checked against array lengths and constant strings; negative constant indices are errors.
package main

import "fmt"

const greeting = "hello"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[3])  // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	fmt.Println(arr[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	xs := []int{1, 2}
	fmt.Println(xs[-2])      // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	fmt.Println(xs[5])       // fine at compile time: slices have no static length
	fmt.Println(greeting[5]) // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	p := &arr
	fmt.Println(p[4])     // ERROR "invalid argument: index 4 out of bounds \[0:3\]"
	fmt.Println(arr[1:4]) // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	fmt.Println(arr[2:1]) // ERROR "invalid slice indices: 1 < 2"
	n := 7
	fmt.Println(n[0]) // ERROR "invalid operation: cannot index n \(variable of type int\)"
	m := map[string]int{}
	fmt.Println(m[1]) // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
}
