// Deferred calls run in LIFO order when the function returns, including defers in loops and nested functions.
package main

import "fmt"

func nested() {
	defer fmt.Println("nested: deferred 1") // ERROR "\"nested: deferred 1\" escapes to heap" "\.\.\. argument does not escape"
	defer fmt.Println("nested: deferred 2") // ERROR "\"nested: deferred 2\" escapes to heap" "\.\.\. argument does not escape"
	fmt.Println("nested: body") // ERROR "\.\.\. argument does not escape" "\"nested: body\" escapes to heap"
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, ";") // ERROR "i escapes to heap" "\";\" escapes to heap" "\.\.\. argument does not escape"
	}
	fmt.Print("loop: ") // ERROR "\.\.\. argument does not escape" "\"loop: \" escapes to heap"
}

func earlyReturn(flag bool) {
	defer fmt.Println("earlyReturn: always runs") // ERROR "\"earlyReturn: always runs\" escapes to heap" "\.\.\. argument does not escape"
	if flag {
		fmt.Println("earlyReturn: returning early") // ERROR "\.\.\. argument does not escape" "\"earlyReturn: returning early\" escapes to heap"
		return
	}
	defer fmt.Println("earlyReturn: only on the long path") // ERROR "\"earlyReturn: only on the long path\" escapes to heap" "\.\.\. argument does not escape"
	fmt.Println("earlyReturn: long path") // ERROR "\.\.\. argument does not escape" "\"earlyReturn: long path\" escapes to heap"
}

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) } // ERROR "leaking param: c" "\.\.\. argument does not escape" "\"close\" escapes to heap" "c\.name escapes to heap"

func main() {
	defer fmt.Println("main: last") // ERROR "\"main: last\" escapes to heap" "\.\.\. argument does not escape"
	nested()
	func() { // ERROR "func literal does not escape"
		defer loop()
		fmt.Println("anonymous") // ERROR "\.\.\. argument does not escape" "\"anonymous\" escapes to heap"
	}()
	fmt.Println()
	earlyReturn(true)
	earlyReturn(false)
	for _, n := range []string{"a", "b"} { // ERROR "\[\]string\{\.\.\.\} does not escape"
		c := closer{n}
		defer c.Close()
	}
	defer func() { // ERROR "func literal does not escape"
		fmt.Println("deferred closure") // ERROR "\.\.\. argument does not escape" "\"deferred closure\" escapes to heap"
	}()
	fmt.Println("main: end of body") // ERROR "\.\.\. argument does not escape" "\"main: end of body\" escapes to heap"
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
