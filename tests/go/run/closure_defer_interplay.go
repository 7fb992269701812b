// Deferred closures capture variables by reference; deferred calls with arguments snapshot them.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg", n) }(i)
	}
	total := 0
	defer func() { fmt.Println("total at exit", total) }()
	add := func(n int) func() {
		return func() { total += n }
	}
	for _, n := range []int{1, 2, 3} {
		defer add(n)()
		add(n * 10)()
	}
	fmt.Println("total in body", total)
}

// Output:
// total in body 60
// total at exit 66
// arg 2
// arg 1
// arg 0
