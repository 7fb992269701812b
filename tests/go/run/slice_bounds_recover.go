// Slice index and bounds errors, recovered, with Go's exact messages.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	i, j, k := 5, 6, -1
	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[k] })
	try("store", func() { s[3] = 1 })
	try("hi>cap", func() { _ = s[:j] })
	try("hi ok", func() { fmt.Println(len(s[:i])) })
	try("lo>hi", func() { _ = s[4 : i-2] })
	try("lo>len", func() { _ = s[j:] })
	try("3idx max", func() { _ = s[0:1:j] })
	try("3idx hi>max", func() { _ = s[0 : 4 : i-2] })
	var arr [4]int
	try("array", func() { arr[i-1] = 1 })
	p := &arr
	try("ptr array", func() { _ = p[i] })
	var nilSlice []int
	try("nil slice", func() { _ = nilSlice[0] })
}

// Output:
// index: runtime error: index out of range [5] with length 3
// index neg: runtime error: index out of range [-1]
// store: runtime error: index out of range [3] with length 3
// hi>cap: runtime error: slice bounds out of range [:6] with capacity 5
// 5
// lo>hi: runtime error: slice bounds out of range [4:3]
// lo>len: runtime error: slice bounds out of range [6:3]
// 3idx max: runtime error: slice bounds out of range [::6] with capacity 5
// 3idx hi>max: runtime error: slice bounds out of range [:4:3]
// array: runtime error: index out of range [4] with length 4
// ptr array: runtime error: index out of range [5] with length 4
// nil slice: runtime error: index out of range [0] with length 0
