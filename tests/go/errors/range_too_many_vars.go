// Errorcheck: a range clause has at most two iteration variables; a one-variable form only for channels.
package main

import "fmt"

func main() {
	xs := []int{10, 20}
	for i, v, extra := range xs { // ERROR "range clause permits at most two iteration variables"
		fmt.Println(i, v)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for i := range xs { // fine: index only
		fmt.Println(i)
	}
	for range m { // fine: no variables
	}
	var i, v int
	for i, v = range xs { // fine: assignment form
	}
	for i, v, _ = range xs { // ERROR "range clause permits at most two iteration variables"
	}
	fmt.Println(i, v)
}
