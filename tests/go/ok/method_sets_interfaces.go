// Method sets: a value of T has T's value methods; *T has both. Interface satisfaction through
// pointers, methods on non-struct named types (slices, maps, funcs), and embedding a pointer type.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Mover interface{ Move(dx int) }
type Positioner interface{ Pos() int }

type Thing struct{ x int }

func (t *Thing) Move(dx int) { t.x += dx }
func (t Thing) Pos() int     { return t.x }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Join() string       { return strings.Join(w, "+") }
func (w *Words) Add(s string)      { *w = append(*w, s) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }

type Registry map[string]int

func (r Registry) Keys() []string {
	var ks []string
	for k := range r {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Outer struct {
	*Thing
}

func main() {
	t := &Thing{1}
	var m Mover = t // only *Thing has Move
	var p Positioner = t
	var pv Positioner = *t // Thing has Pos
	m.Move(5)
	fmt.Println(p.Pos(), pv.Pos())

	var w Words
	w.Add("b")
	w.Add("a")
	fmt.Println(w.Len(), w.Join(), w.Less(1, 0))

	r := Registry{"z": 1, "m": 2}
	fmt.Println(r.Keys())

	o := Outer{&Thing{10}}
	o.Move(1) // promoted through the embedded pointer
	var mo Mover = o
	mo.Move(1)
	fmt.Println(o.Pos(), o.x)

	things := []Thing{{1}, {2}}
	for i := range things {
		things[i].Move(100)
	}
	fmt.Println(things)
}

// Output:
// 6 1
// 2 b+a true
// [m z]
// 12 12
// [{101} {102}]
