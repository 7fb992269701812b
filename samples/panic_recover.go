// panic_recover.go — common panic/recover patterns.
//
// panic unwinds the stack, running deferred calls. recover, called directly by a deferred
// function, stops the unwinding and returns the panic value; anywhere else it returns nil.
// A deferred function may also re-panic, and a panic inside a deferred call replaces the
// current one.
package main

import (
	"errors"
	"fmt"
)

// safely runs f and reports any panic as an error instead of crashing.
func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s panicked: %v", name, r)
		}
	}()
	f()
	return nil
}

var errFatal = errors.New("fatal condition")

func main() {
	fmt.Println(safely("ok", func() {}))
	fmt.Println(safely("string", func() { panic("boom") }))
	fmt.Println(safely("error", func() { panic(errFatal) }))

	// recover only works in the deferred function itself, not in helpers it calls.
	helper := func() interface{} { return recover() }
	fmt.Println(safely("helper", func() {
		defer func() { fmt.Println("  helper's recover returned:", helper()) }()
		panic("not caught by helper")
	}))

	// A panic raised while another is in flight replaces it.
	fmt.Println(safely("replaced", func() {
		defer func() { panic("second panic") }()
		panic("first panic")
	}))

	// Recover, inspect, and re-panic with more context; the outer safely catches it.
	fmt.Println(safely("re-panic", func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("while cleaning up: %v", r))
			}
		}()
		panic("disk full")
	}))
}

// Output:
// <nil>
// string panicked: boom
// error panicked: fatal condition
//   helper's recover returned: <nil>
// helper panicked: not caught by helper
// replaced panicked: second panic
// re-panic panicked: while cleaning up: disk full
