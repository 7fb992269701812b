// runtime.Caller (the caller's file and line at each skip, false past the stack),
// runtime.Stack (the trace from Stack's caller, truncated to the buffer) and debug.Stack.
package main

import (
	"fmt"
	"strings"
	"runtime"
	"runtime/debug"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(file[strings.LastIndex(file, "/")+1:], ":", line, " ", ok)
}

type T struct{}

func (T) M() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println("M at", file[strings.LastIndex(file, "/")+1:], line, ok)
	fmt.Println("M called from", where())
}

func main() {
	fmt.Println("main calls where:", where())
	T{}.M()
	_, _, _, ok := runtime.Caller(50)
	fmt.Println("deep:", ok)
	buf := make([]byte, 4096)
	_, _, here, _ := runtime.Caller(0)
	n := runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	fmt.Println(strings.Contains(lines[2], fmt.Sprintf("/runtime_caller_stack.go:%d ", here+1)))
	small := make([]byte, 10)
	fmt.Printf("%d %q\n", runtime.Stack(small, false), small)
	st := string(debug.Stack())
	fmt.Println(strings.Contains(st, "runtime/debug.Stack()"), strings.Contains(st, "main.main()"))
	func() {
		_, _, line, _ := runtime.Caller(0)
		fmt.Println("literal line", line)
		_, _, line, _ = runtime.Caller(1)
		fmt.Println("its caller line", line)
	}()
}

// Output:
// main calls where: runtime_caller_stack.go:26 true
// M at runtime_caller_stack.go 20 true
// M called from runtime_caller_stack.go:22 true
// deep: false
// goroutine 1 [running]:
// main.main()
// true
// 10 "goroutine "
// true true
// literal line 42
// its caller line 46
