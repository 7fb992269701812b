// Slices: local backing arrays, append and pointer elements.
package main

var keep [][]int

func local() int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) does not escape"
	for i := 0; i < 8; i++ {
		s = append(s, i)
	}
	return len(s)
}

func grow(n int) []int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	return s
}

func ptrs() int {
	a, b := 1, 2
	ps := []*int{&a, &b} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	return *ps[0] + *ps[1]
}

func appendPtr() []*int {
	c := 3 // ERROR "moved to heap: c"
	var out []*int
	out = append(out, &c)
	return out
}

func store() {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	keep = append(keep, s)
}

func arrays() int {
	var arr [4]int
	sl := arr[1:3]
	return len(sl)
}

func main() {
	println(local(), len(grow(3)), ptrs(), len(appendPtr()), arrays())
	store()
}
