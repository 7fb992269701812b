// Structs are values: copies are independent unless they hold pointers, slices or maps.
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    [2]Point
	Tags   []string
	Center *Point
}

func move(p Point) Point {
	p.X += 10
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q, move(p), p)
	s := Shape{Name: "line", Pts: [2]Point{{0, 0}, {3, 4}}, Tags: []string{"a"}, Center: &Point{1, 1}}
	t := s
	t.Name = "copy"
	t.Pts[1].X = 99
	t.Tags[0] = "shared"
	t.Center.Y = 7
	fmt.Println(s.Name, s.Pts, s.Tags, *s.Center)
	fmt.Println(t.Name, t.Pts, t.Tags, *t.Center)
	ps := []Point{{1, 1}, {2, 2}}
	for _, v := range ps {
		v.X = 100
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].X = 100
	}
	fmt.Println(ps)
	m := map[string]Point{"a": {1, 2}}
	v := m["a"]
	v.X = 50
	fmt.Println(m, v)
}

// Output:
// {1 2} {5 2} {11 2} {1 2}
// line [{0 0} {3 4}] [shared] {1 7}
// copy [{0 0} {99 4}] [shared] {1 7}
// [{1 1} {2 2}]
// [{100 1} {100 2}]
// map[a:{1 2}] {50 2}
