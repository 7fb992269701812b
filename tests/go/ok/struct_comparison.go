// Struct equality compares field by field; comparable structs and arrays work as map keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

type WithIface struct {
	V interface{}
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)

	r1 := Rect{Point{0, 0}, Point{1, 1}, "r"}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.Max.X = 5
	fmt.Println(r1 == r2, r1.Max.X)

	visits := map[Point]int{}
	visits[Point{0, 0}]++
	visits[Point{0, 0}]++
	visits[Point{1, 0}]++
	fmt.Println(visits[Point{0, 0}], visits[Point{1, 0}], len(visits))

	s1 := struct {
		A int
		B string
	}{1, "x"}
	s2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(s1 == s2)

	var p Point = s3()
	fmt.Println(p == Point{3, 3})

	w1 := WithIface{1}
	w2 := WithIface{1}
	w3 := WithIface{"1"}
	fmt.Println(w1 == w2, w1 == w3)

	pa, pb := &Point{1, 2}, &Point{1, 2}
	fmt.Println(pa == pb, *pa == *pb)

	var zero Point
	fmt.Println(zero == Point{})
}

func s3() Point { return Point{3, 3} }

// Output:
// true false true
// true
// false 1
// 2 1 2
// true
// true
// true false
// false true
// true
