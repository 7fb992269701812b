// Errorcheck: function types must match exactly; nil is only assignable to pointer, slice, map, chan, func and interface types.
package main

import "fmt"

type Op func(a, b int) int

func add(a, b int) int         { return a + b }
func neg(a int) int            { return -a }
func div(a, b float64) float64 { return a / b }

func apply(op Op, a, b int) int { return op(a, b) }

type Point struct{ X, Y int }

func main() {
	fmt.Println(apply(add, 1, 2)) // fine
	fmt.Println(apply(neg, 1, 2)) // ERROR "cannot use neg \(value of type func\(a int\) int\) as Op value in argument to apply"
	var op Op = div               // ERROR "cannot use div \(value of type func\(a float64, b float64\) float64\) as Op value in variable declaration"
	var s string = nil            // ERROR "cannot use nil as string value in variable declaration"
	var p Point
	p = nil // ERROR "cannot use nil as Point value in assignment"
	var ptr *Point = nil
	var m map[string]int = nil
	var f func() = nil
	var e error = nil
	fmt.Println(op, s, p, ptr, m, f, e)
}
