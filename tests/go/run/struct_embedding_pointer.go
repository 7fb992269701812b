// Embedding a pointer type: methods and fields are promoted through the pointer.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Logger{prefix: "> "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("from a")
	b.Log("from b")
	fmt.Println(a.Count(), b.Count(), shared.lines)
	fmt.Println(a.prefix, b.Logger == a.Logger)
	var c Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.Log("x")
	}()
	type Loggable interface{ Log(string) }
	var l Loggable = a
	l.Log("via iface")
	fmt.Println(len(shared.lines))
}

// Output:
// 2 2 [> from a > from b]
// >  true
// recovered: runtime error: invalid memory address or nil pointer dereference
// 3
