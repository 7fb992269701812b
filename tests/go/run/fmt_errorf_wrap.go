// fmt.Errorf with %w wraps an error: Unwrap returns it, errors.Is finds it; %w on non-errors.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase))
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e1, e2))
	e3 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e3, errors.Unwrap(e3), errors.Is(e3, ErrBase))
	e4 := fmt.Errorf("bad: %w", "not an error")
	fmt.Println(e4)
	fmt.Printf("%T %T %T\n", e1, e3, ErrBase)
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
}

// Output:
// layer2: layer1: base failure
// true true <nil>
// true false
// no wrap: base failure <nil> false
// bad: %!w(string=not an error)
// *fmt.wrapError *errors.errorString *errors.errorString
// nil: %!w(<nil>) true
// layer1: base failure|layer1: base failure|"layer1: base failure"
