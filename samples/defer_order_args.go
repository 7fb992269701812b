// defer_order_args.go — deferred calls run last-in-first-out, with arguments evaluated early.
//
// `defer f(x)` evaluates f and x immediately, at the defer statement, but runs the call
// when the surrounding function returns. A deferred closure, by contrast, reads variables
// when it finally runs.
package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func leave(name string) { fmt.Println("leave", name) }

func work() {
	defer leave(trace("work")) // trace runs NOW; leave runs at return
	fmt.Println("working")
}

func main() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i) // runs in order 3, 2, 1
	}

	x := 10
	defer fmt.Println("x at defer time:", x)               // prints 10
	defer func() { fmt.Println("x at return time:", x) }() // prints 20
	x = 20

	work()
	fmt.Println("main body done")
}

// Output:
// enter work
// working
// leave work
// main body done
// x at return time: 20
// x at defer time: 10
// deferred 3
// deferred 2
// deferred 1
