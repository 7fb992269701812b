// Reading a nil map is fine; writing to it panics with "assignment to entry in nil map".
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
	}()
	m["a"] = 1
	fmt.Println("not reached")
}

// Output:
// 0 0
// recovered: assignment to entry in nil map
// true assignment to entry in nil map
