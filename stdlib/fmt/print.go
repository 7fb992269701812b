// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf.
//
// gomini: the formatting core is native — Sprint, Sprintln, Sprintf and the
// helper errorf walk the operands (calling their Format, GoString, Error
// and String methods as Go's printer does, with Go's verbs, flags, width,
// precision, argument indexes and %!verb(type=value) diagnostics). Every
// other function is Go over them: the Fprint family writes the formatted
// text with one Write call, the Print family writes to os.Stdout, and
// Errorf builds the wrapping errors of %w. Scanning (Scan, Sscanf,
// Fscanln...) is Go in scan.go.
package fmt

import (
	"io"
	"os"
)

// State represents the printer state passed to custom formatters. It
// provides access to the io.Writer interface plus information about the
// flags and options for the operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The
// implementation controls how State and rune are interpreted, and may call
// Sprint or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which
// defines the “native” format for that value. The String method is used to
// print values passed as an operand to any format that accepts a string or
// to an unformatted printer such as Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value. The GoString method is used to
// print values passed as an operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// FormatString returns a string representing the fully qualified
// formatting directive captured by the State, followed by the argument
// verb. (State does not itself contain the verb.)
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = append(b, string(verb)...)
	return string(b)
}

// appendInt appends the decimal form of n (strconv.AppendInt without the
// dependency, which keeps fmt's import graph small).
func appendInt(b []byte, n int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

// state is the State the native formatter hands to Format methods: it
// collects what they write, with the current directive's options.
type state struct {
	buf         []byte
	wid, prec   int
	widPresent  bool
	precPresent bool
	flags       string // the flag characters set, from " +-#0"
}

// The native printer builds a *state to hand to Format methods and looks its
// type up by name; this conversion makes sure the program has that type.
var _ State = (*state)(nil)

func (s *state) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (wid int, ok bool) { return s.wid, s.widPresent }

func (s *state) Precision() (prec int, ok bool) { return s.prec, s.precPresent }

func (s *state) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// Sprint formats using the default formats for its operands and returns
// the resulting string. Spaces are added between operands when neither is
// a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns
// the resulting string. Spaces are always added between operands and a
// newline is appended.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the
// resulting string.
func Sprintf(format string, a ...any) string

// Fprint formats using the default formats for its operands and writes to
// w. Spaces are added between operands when neither is a string. It
// returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is
// appended. It returns the number of bytes written and any write error
// encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w. It
// returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a
// string. It returns the number of bytes written and any write error
// encountered.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline
// is appended. It returns the number of bytes written and any write error
// encountered.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Printf formats according to a format specifier and writes to standard
// output. It returns the number of bytes written and any write error
// encountered.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice. Spaces are
// always added between operands and a newline is appended.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats according to a format specifier, appends the result to
// the byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}
