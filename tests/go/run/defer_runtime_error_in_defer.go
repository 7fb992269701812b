// A runtime error raised inside a deferred call during a normal return panics the caller.
package main

import "fmt"

func bad() (n int) {
	s := []int{1}
	defer func() {
		n = s[n+5]
	}()
	return 1
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(bad())
	}()
	fmt.Println("done")
}

// Output:
// recovered: runtime error: index out of range [6] with length 1
// done
