// %v, %+v and %#v on basic values, structs, pointers to structs, slices, maps and nil.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
}

type Empty struct{}

func main() {
	p := Point{1, 2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag", []string{"a", "b"}}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v|%+v|%#v\n", &p, &p, Empty{})
	fmt.Printf("%v|%#v|%v|%#v\n", []int{1, 2}, []int{1, 2}, [2]bool{true}, [2]bool{true})
	fmt.Printf("%v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v|%#v|%v|%#v\n", "s", "s", 'x', 'x')
	fmt.Printf("%v|%#v|%v|%#v\n", 1.0, 1.0, uint8(7), uint8(7))
	var np *Point
	var ns []int
	var nm map[int]int
	var ni interface{}
	var ne error
	fmt.Printf("%v|%+v|%v|%v|%v|%v\n", np, np, ns, nm, ni, ne)
	fmt.Printf("%#v|%#v|%#v|%#v\n", np, ns, nm, ni)
	fmt.Printf("%v|%#v\n", struct {
		A int
		b string
	}{1, "x"}, struct{ A, B interface{} }{nil, 2})
	fmt.Printf("%v %#v\n", []interface{}{1, "a", nil}, []interface{}{1, "a", nil})
	fmt.Printf("%v %#v\n", [][]int{{1}, {2, 3}}, map[Point]string{{1, 2}: "p"})
	fmt.Printf("%#v %#v %#v\n", int64(-5), uint(5), uintptr(10))
	fmt.Printf("%#v %#v %#v\n", float32(2.5), 1e21, complex(1, -2))
}

// Output:
// {1 2}|{X:1 Y:2}|main.Point{X:1, Y:2}
// {{0 0} {3 4} diag [a b]}
// {A:{X:0 Y:0} B:{X:3 Y:4} Label:diag Tags:[a b]}
// main.Line{A:main.Point{X:0, Y:0}, B:main.Point{X:3, Y:4}, Label:"diag", Tags:[]string{"a", "b"}}
// &{1 2}|&{X:1 Y:2}|main.Empty{}
// [1 2]|[]int{1, 2}|[true false]|[2]bool{true, false}
// map[a:1 b:2]|map[string]int{"a":1, "b":2}
// s|"s"|120|120
// 1|1|7|0x7
// <nil>|<nil>|[]|map[]|<nil>|<nil>
// (*main.Point)(nil)|[]int(nil)|map[int]int(nil)|<nil>
// {1 x}|struct { A interface {}; B interface {} }{A:interface {}(nil), B:2}
// [1 a <nil>] []interface {}{1, "a", interface {}(nil)}
// [[1] [2 3]] map[main.Point]string{main.Point{X:1, Y:2}:"p"}
// -5 0x5 0xa
// 2.5 1e+21 (1-2i)
