// Errorf and the errors it builds.

package fmt

import "errors"

// errorf formats like Sprintf with %w accepted (as %v) for error operands,
// and also returns the index in a of the operand of each %w directive, in
// the order the directives were processed (an index may repeat; a %w
// whose operand is not an error is still listed, and prints as
// %!w(type=value) as Go does).
func errorf(format string, a []any) (msg string, wrapped []int)

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand, the
// returned error will implement an Unwrap method returning the operand. If
// there is more than one %w verb, the returned error will implement an
// Unwrap method returning a []error containing all the %w operands in the
// order they appear in the arguments. It is invalid to supply the %w verb
// with an operand that does not implement the error interface. The %w verb
// is otherwise a synonym for %v.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	// Sort the indexes (few, and usually in order already).
	for i := 1; i < len(wrapped); i++ {
		for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
			wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
		}
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
