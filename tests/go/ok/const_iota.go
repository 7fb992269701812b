// iota, implicit repetition of the previous expression, skipped values and iota in expressions.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota // skip 0
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A = iota * 10
	B
	_
	_
	E
)

const (
	X, Y = iota, iota + 100
	Z, W
	_, _
	P, Q
)

const (
	first  = "first"
	repeat // repeats "first"
	c0     = iota
	c1
)

const single = iota

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, E)
	fmt.Println(X, Y, Z, W, P, Q)
	fmt.Println(first, repeat, c0, c1)
	fmt.Println(single)
	var d Weekday = Wednesday
	fmt.Printf("%v %T\n", d, d)
}

// Output:
// 0 1 6
// 1024 1048576 1073741824 1099511627776
// 0 10 40
// 0 100 1 101 3 103
// first first 2 3
// 0
// 3 main.Weekday
