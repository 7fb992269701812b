// Deferred calls run in LIFO order when the function returns, including defers in loops and nested functions.
package main

import "fmt"

func nested() {
	defer fmt.Println("nested: deferred 1")
	defer fmt.Println("nested: deferred 2")
	fmt.Println("nested: body")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, ";")
	}
	fmt.Print("loop: ")
}

func earlyReturn(flag bool) {
	defer fmt.Println("earlyReturn: always runs")
	if flag {
		fmt.Println("earlyReturn: returning early")
		return
	}
	defer fmt.Println("earlyReturn: only on the long path")
	fmt.Println("earlyReturn: long path")
}

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) }

func main() {
	defer fmt.Println("main: last")
	nested()
	func() {
		defer loop()
		fmt.Println("anonymous")
	}()
	fmt.Println()
	earlyReturn(true)
	earlyReturn(false)
	for _, n := range []string{"a", "b"} {
		c := closer{n}
		defer c.Close()
	}
	defer func() {
		fmt.Println("deferred closure")
	}()
	fmt.Println("main: end of body")
}

// Output:
// nested: body
// nested: deferred 2
// nested: deferred 1
// anonymous
// loop: 3;2;1;0;
// earlyReturn: returning early
// earlyReturn: always runs
// earlyReturn: long path
// earlyReturn: only on the long path
// earlyReturn: always runs
// main: end of body
// deferred closure
// close b
// close a
// main: last
