// make with a negative or too large length panics: "makeslice: len out of range".
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	n := -1
	try(func() { _ = make([]int, n) })
	try(func() { _ = make([]int, 2, n+2) })
	c := 1
	try(func() { _ = make([]int, 5, c) })
	m := 1 << 62
	try(func() { _ = make([]int64, m) })
	try(func() { _ = make(map[string]int, n) })
	s := make([]string, 2, 10)
	fmt.Println(len(s), cap(s), s[0] == "")
}

// Output:
// recovered: runtime error: makeslice: len out of range
// recovered: runtime error: makeslice: cap out of range
// recovered: runtime error: makeslice: cap out of range
// recovered: runtime error: makeslice: len out of range
// recovered: <nil>
// 2 10 true
