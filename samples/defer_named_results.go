// defer_named_results.go — a deferred closure can change a function's named results.
//
// `return v` first assigns v to the named result, then runs deferred calls, then returns.
// A deferred closure can therefore inspect and modify the result: this is how Go code
// adds context to errors or turns a panic into an error value.
package main

import (
	"errors"
	"fmt"
)

// triple returns 3*n by letting a deferred closure adjust the result after `return n`.
func triple(n int) (result int) {
	defer func() { result *= 3 }()
	return n
}

// load annotates any error it returns, in one place.
func load(name string) (data string, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("load %s: %w", name, err)
		}
	}()
	if name == "" {
		return "", errors.New("empty name")
	}
	return "contents of " + name, nil
}

// parsePositive converts a panic into an error through the named result.
func parsePositive(n int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if n < 0 {
		panic("negative input")
	}
	return n, nil
}

func main() {
	fmt.Println(triple(7))
	fmt.Println(load("config"))
	fmt.Println(load(""))
	fmt.Println(parsePositive(5))
	fmt.Println(parsePositive(-5))
}

// Output:
// 21
// contents of config <nil>
//  load : empty name
// 5 <nil>
// 0 recovered: negative input
