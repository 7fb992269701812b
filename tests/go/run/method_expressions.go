// Method expressions T.M and (*T).M turn methods into functions taking the receiver first.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)  { v.X *= k; v.Y *= k }

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	scale := (*Vec).Scale
	v := Vec{2, 3}
	scale(&v, 10)
	fmt.Println(v)
	addp := (*Vec).Add
	fmt.Println(addp(&v, Vec{1, 1}))
	area := Shape.Area
	fmt.Println(area(Sq(4)))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	fmt.Printf("%T\n", area)
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(ops["add"](Vec{1, 1}, Vec{2, 2}))
}

// Output:
// {4 6}
// {20 30}
// {21 31}
// 16
// func(main.Vec, main.Vec) main.Vec
// func(*main.Vec, int)
// func(main.Shape) int
// {3 3}
