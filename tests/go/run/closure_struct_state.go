// Closures vs methods: the same stateful iterator written both ways.
package main

import "fmt"

type Iter struct {
	data []int
	pos  int
}

func (it *Iter) Next() (int, bool) {
	if it.pos >= len(it.data) {
		return 0, false
	}
	v := it.data[it.pos]
	it.pos++
	return v, true
}

func iterFunc(data []int) func() (int, bool) {
	pos := 0
	return func() (int, bool) {
		if pos >= len(data) {
			return 0, false
		}
		v := data[pos]
		pos++
		return v, true
	}
}

func main() {
	data := []int{3, 1, 4, 1, 5}
	it := &Iter{data: data}
	next := it.Next
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, ";")
	}
	fmt.Println()
	f := iterFunc(data)
	data[0] = 30
	for v, ok := f(); ok; v, ok = f() {
		fmt.Print(v, ";")
	}
	fmt.Println()
	_, ok := f()
	fmt.Println(ok, it.pos)
}

// Output:
// 3;1;4;1;5;
// 30;1;4;1;5;
// false 5
