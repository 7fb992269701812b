// A panic in a deferred call made by a panic: the traceback shows the deferred closure (nested
// literals are named F.func1.1), Go's panic({...}) frame, then the frames being unwound, each
// call at the line of its "(".
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 3
// Stderr: panic: second
// Stderr: goroutine 1 [running]:
// Stderr: main.main.func1.1()
// Stderr: /traceback_panic_in_deferred_call.go:27
// Stderr: panic({
// Stderr: main.g(
// Stderr: /traceback_panic_in_deferred_call.go:20
// Stderr: main.main.func1(
// Stderr: /traceback_panic_in_deferred_call.go:29
// Stderr: main.main()
// Stderr: /traceback_panic_in_deferred_call.go:30
package main

func g(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	func() {
		defer func() {
			panic("second")
		}()
		g(s, 5)
	}()
}

// Output:
