// Syntax error: a multi-line composite literal whose last element lacks a trailing comma.
package main

func main() {
	m := map[string]int{
		"a": 1,
		"b": 2 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = m
}
