// errors.New creates distinct values; Unwrap walks a chain built by Errorf %w and custom Unwrap.
package main

import (
	"errors"
	"fmt"
)

type opErr struct {
	op  string
	err error
}

func (e opErr) Error() string { return e.op + " failed: " + e.err.Error() }
func (e opErr) Unwrap() error { return e.err }

func main() {
	a := errors.New("x")
	b := errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	root := errors.New("disk full")
	chain := fmt.Errorf("save: %w", opErr{"write", fmt.Errorf("flush: %w", root)})
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(errors.Is(chain, root))
	fmt.Println(errors.Unwrap(errors.Unwrap(root)) == nil)
}

// Output:
// false true true
// *fmt.wrapError: save: write failed: flush: disk full
// main.opErr: write failed: flush: disk full
// *fmt.wrapError: flush: disk full
// *errors.errorString: disk full
// true
// true
