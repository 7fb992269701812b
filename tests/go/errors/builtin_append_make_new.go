// Errorcheck: append needs a slice, make needs a slice/map/chan type and the right argument count, new needs a type.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	n := 0
	n = append(n, 1) // ERROR "first argument to append must be a slice; have n \(variable of type int\)"
	xs := []int{1}
	xs = append(xs, "two") // ERROR "cannot use .two. \(untyped string constant\) as int value in argument to append"
	xs = append(xs, 2, 3)  // fine
	m := map[string]int{}
	m = append(m, 1)                // ERROR "first argument to append must be a slice; have m \(variable of type map\[string\]int\)"
	s := make([]int)                // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	p := make(Point)                // ERROR "invalid argument: cannot make Point; type must be slice, map, or channel"
	c := make(chan int, 1, 2)       // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
	ok := make(map[string]bool, 10) // fine
	q := new(5)                     // ERROR "5 is not a type"
	r := new(Point)                 // fine
	bad := make([]int, -1)          // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	fmt.Println(n, xs, m, s, p, c, ok, q, r, bad)
}
