// Package errors implements functions to manipulate errors.
//
// gomini: everything is Go except As, which needs reflection (native), and
// the helper isComparable (native: reports whether the dynamic type of v
// supports ==, so that Is never panics on uncomparable error values).
package errors

// New returns an error whose Error method yields text. Each call returns a
// distinct value, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

// errorString is the trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that a requested operation cannot be performed
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap method if it has one returning
// a single error; otherwise nil. It does not unwrap Unwrap() []error.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether any error in err's tree matches target. The tree is
// err followed by what Unwrap() error or Unwrap() []error returns, depth
// first. A node matches if it equals target or has an Is(error) bool method
// returning true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return matches(err, target, isComparable(target))
}

func matches(err, target error, comparable bool) bool {
	for err != nil {
		if comparable && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if matches(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// isComparable reports whether the dynamic type of v is comparable.
func isComparable(v any) bool

// As finds the first error in err's tree whose concrete value is assignable
// to the value target points to (or that has an As(any) bool method
// returning true), stores it there and returns true. It panics if target is
// not a non-nil pointer to an interface type or to a type implementing error.
func As(err error, target any) bool

// Join returns an error wrapping the non-nil errs; nil if there are none.
// Its message is the messages of the errors, one per line.
func Join(errs ...error) error {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	j := &joinError{errs: make([]error, 0, n)}
	for _, e := range errs {
		if e != nil {
			j.errs = append(j.errs, e)
		}
	}
	return j
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
