// errors.Is and errors.As through chains of wrapped errors and custom error types.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ Code int }

func (e TempErr) Error() string { return fmt.Sprintf("temporary (%d)", e.Code) }

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Timeout() bool   { return true }
func (netErr) Is(t error) bool { return t == ErrNotFound }

func main() {
	err := fmt.Errorf("handler: %w", &QueryError{"SELECT 1", ErrNotFound})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	var te TempErr
	fmt.Println(errors.As(err, &te))
	err2 := fmt.Errorf("wrapped: %w", TempErr{503})
	if errors.As(err2, &te) {
		fmt.Println("code", te.Code)
	}
	var to timeout
	err3 := fmt.Errorf("ctx: %w", netErr{})
	fmt.Println(errors.As(err3, &to), to != nil && to.Timeout())
	fmt.Println(errors.Is(err3, ErrNotFound))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Is(ErrNotFound, nil))
	var target error
	fmt.Println(errors.As(err, &target), target == err)
}

// Output:
// handler: SELECT 1: not found
// true false
// query: SELECT 1
// false
// code 503
// true true
// true
// false true false
// true true
