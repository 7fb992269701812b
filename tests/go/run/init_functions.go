// Several init functions run in source order after package variables, before main.
package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) string {
	order = append(order, s)
	return s
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
	v += "!"
}

func main() {
	record("main")
	fmt.Println(order)
	fmt.Println(v)
}

func init() {
	record("init 3")
}

// Output:
// [var v init 1 init 2 init 3 main]
// var v!
