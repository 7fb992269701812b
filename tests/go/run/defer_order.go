// Deferred calls run in LIFO order when the function returns, including on early return.
package main

import "fmt"

func f(early bool) {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	if early {
		fmt.Println("early return")
		return
	}
	defer fmt.Println("deferred 3")
	fmt.Println("body end")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(" ", i)
	}
	fmt.Print("loop:")
}

func main() {
	f(true)
	f(false)
	loop()
	fmt.Println()
	func() {
		defer func() {
			fmt.Println("outer deferred")
		}()
		func() {
			defer fmt.Println("inner deferred")
			fmt.Println("inner body")
		}()
		fmt.Println("outer body")
	}()
}

// Output:
// early return
// deferred 2
// deferred 1
// body end
// deferred 3
// deferred 2
// deferred 1
// loop: 3 2 1 0
// inner body
// inner deferred
// outer body
// outer deferred
