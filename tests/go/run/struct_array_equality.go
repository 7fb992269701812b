// == on arrays and structs compares element by element; also usable as map keys.
package main

import "fmt"

type P struct {
	A int
	B string
	C [2]float64
}

type Inner struct{ V int }
type Outer struct {
	I Inner
	S string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p1 := P{1, "x", [2]float64{1.5, 2}}
	p2 := P{1, "x", [2]float64{1.5, 2}}
	p3 := p2
	p3.C[1] = 0
	fmt.Println(p1 == p2, p1 == p3)
	fmt.Println(Outer{Inner{1}, "a"} == Outer{Inner{1}, "a"}, Outer{Inner{2}, "a"} == Outer{Inner{1}, "a"})
	var z P
	fmt.Println(z == P{}, z)
	n1 := [2]float64{0, 1}
	nan := 0.0
	nan = nan / nan
	n2 := [2]float64{nan, 1}
	n3 := n2
	fmt.Println(n1 == n2, n2 == n3)
	type pair struct {
		a interface{}
		b interface{}
	}
	fmt.Println(pair{1, "s"} == pair{1, "s"}, pair{1, "s"} == pair{int64(1), "s"})
	anon1 := struct{ X, Y int }{1, 2}
	anon2 := struct{ X, Y int }{1, 2}
	fmt.Println(anon1 == anon2)
}

// Output:
// true false true
// true false
// true false
// true {0  [0 0]}
// false false
// true false
// true
