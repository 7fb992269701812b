// Deferred closures may read and modify named results after the return statement sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tripleAll() (a, b int) {
	defer func() {
		a *= 3
		b *= 3
	}()
	a, b = 1, 2
	return
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func noWrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return nil
}

func unnamed() int {
	x := 10
	defer func() { x = 99 }() // does not affect the already-evaluated result
	return x
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "r"
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleAll())
	fmt.Println(wrapErr())
	fmt.Println(noWrap())
	fmt.Println(unnamed())
	fmt.Println(order())
	fmt.Println(counter())
}

// Output:
// 42
// 3 6
// wrapped: base
// <nil>
// 10
// r21
// 13
