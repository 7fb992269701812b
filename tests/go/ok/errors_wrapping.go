// errors: errors.New, custom error types, fmt.Errorf with %w, errors.Is, errors.As, errors.Unwrap,
// sentinel errors and nil error checks.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func find(key string) error {
	if key == "" {
		return &ValidationError{"key"}
	}
	if key != "x" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	fmt.Println(load("x"))
	err := load("y")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	inner := errors.Unwrap(err)
	fmt.Println(inner)
	fmt.Println(errors.Unwrap(inner) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)

	err = load("")
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("validation error on field", ve.Field)
	}
	fmt.Println(errors.Is(err, ErrNotFound))

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))

	notWrapped := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped) == nil)

	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, ErrNotFound))
	fmt.Printf("%v|%s|%T\n", ErrNotFound, ErrNotFound, ve)
}

// Output:
// <nil>
// load: find "y": not found
// true false
// find "y": not found
// true true
// load: invalid key
// validation error on field key
// false
// false true false
// plain not found false true
// true false
// not found|not found|*main.ValidationError
