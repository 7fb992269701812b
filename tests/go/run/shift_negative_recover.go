// A negative shift count panics with a runtime error; recovered here.
package main

import (
	"fmt"
	"runtime"
)

func shift(x, n int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			re, ok := e.(runtime.Error)
			fmt.Println("is runtime.Error:", ok)
			err = re
		}
	}()
	return x << n, nil
}

func main() {
	fmt.Println(shift(1, 4))
	r, err := shift(1, -1)
	fmt.Println(r, err)
	fmt.Println(shift(8, 70))
	var n int8 = -3
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(100 >> n)
	}()
}

// Output:
// 16 <nil>
// is runtime.Error: true
// 0 runtime error: negative shift amount
// 0 <nil>
// recovered: runtime error: negative shift amount
