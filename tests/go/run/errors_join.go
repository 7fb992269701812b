// gomini: output derived by reasoning — errors.Join is Go 1.20+ (the oracle is Go 1.19). Join drops nil
// errors, returns nil when all are nil, its Error() joins the messages with newlines, and errors.Is/As
// search every joined error; fmt.Errorf with two %w verbs (Go 1.20+) wraps both.
// Cross-checked by reasoning against Go 1.22's errors/join.go and fmt/errors.go.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil)
	u, ok := j.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	w := fmt.Errorf("both: %w and %w", ErrA, ErrC)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrA), errors.Is(w, ErrC), errors.Is(w, ErrB))
	wrapped := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(wrapped, ErrB))
}

// Output:
// error A
// error B
// "error A\nerror B"
// true true false
// true true
// true
// true 2
// both: error A and error C
// true true false
// true
