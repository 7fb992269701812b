// Package-level initializers: statically laid out literals say nothing; maps and new escape.
package main

type Config struct{ name string }

var defaults = &Config{"default"}
var table = map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap"
var counter = new(int) // ERROR "new\(int\) escapes to heap"
var names = []string{"x", "y"}
var fn = func() int { return 1 }

func main() {
	*counter++
	println(defaults.name, table["a"], *counter, len(names), fn())
}
