// Traceback frames of an unrecovered panic: pointer-receiver methods are main.(*T).M, recursion
// repeats the frame, calls are at their own lines.
// Exit: 2
// Stderr: panic: bad 3
// Stderr: goroutine 1 [running]:
// Stderr: main.(*T).M(
// Stderr: /traceback_method_frames.go:24
// Stderr: main.(*T).M(
// Stderr: /traceback_method_frames.go:26
// Stderr: main.(*T).M(
// Stderr: /traceback_method_frames.go:26
// Stderr: main.f(
// Stderr: /traceback_method_frames.go:31
// Stderr: main.main()
// Stderr: /traceback_method_frames.go:38
package main

import "fmt"

type T struct{ n int }

func (t *T) M(x int) int {
	if x > 2 {
		panic(fmt.Sprintf("bad %d", x))
	}
	return t.M(x+1) + 1
}

func f(a, b int, s string) {
	t := &T{}
	t.M(a)
}

func main() {
	defer func() {
		fmt.Println("deferred")
	}()
	f(1, 2, "hi")
}

// Output:
// deferred
