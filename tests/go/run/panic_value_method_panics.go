// An unrecovered panic whose value's Error method panics: Go's fatal error, exit 2.
// Exit: 2
// Stderr: fatal error: panic while printing panic value: inner
// Stderr: goroutine 1 [running]:
// Stderr: panic({
// Stderr: main.(*PE).Error(
// Stderr: /panic_value_method_panics.go:15
// Stderr: panic({
// Stderr: main.main()
// Stderr: /panic_value_method_panics.go:18
package main

type PE struct{}

func (*PE) Error() string { panic("inner") }

func main() {
	panic(&PE{})
}

// Output:
