// Devirtualized interface calls (escape analysis sees the concrete method): receivers that the
// concrete method stores must still escape — through a pointer, an embedded pointer, a boxed
// struct field — and survive a collection with their values intact.
package main

import (
	"fmt"
	"runtime"
)

type Saver interface{ Save() }

type Rect struct{ w, h int }

var saved []*Rect

func (r *Rect) Save() { saved = append(saved, r) }

type Box struct{ *Rect }

type W struct {
	p *Rect
	n int
}

func (w W) Save() { saved = append(saved, w.p) }

type V struct{ w int }

var vals []int

func (v V) Save() { vals = append(vals, v.w) }

func fill() {
	r := &Rect{1, 2}
	var s Saver = r
	s.Save()
	var b Saver = Box{&Rect{3, 4}}
	b.Save()
	var w Saver = W{&Rect{5, 6}, 7}
	w.Save()
	var v Saver = V{8}
	v.Save()
	for i := 0; i < 3; i++ {
		var s2 Saver = &Rect{10 + i, 20 + i}
		s2.Save()
	}
}

func scribble() int {
	var a [64]int
	for i := range a {
		a[i] = -i
	}
	return a[10]
}

func main() {
	fill()
	scribble()
	runtime.GC()
	for _, r := range saved {
		fmt.Println(*r)
	}
	fmt.Println(vals)
}

// Output:
// {1 2}
// {3 4}
// {5 6}
// {10 20}
// {11 21}
// {12 22}
// [8]
