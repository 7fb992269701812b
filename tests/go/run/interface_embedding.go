// Interfaces embed interfaces; a value satisfies the union of method sets.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func use(rw ReadWriter) {
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), r.Read())
}

func main() {
	b := &Buf{}
	use(b)
	var w Writer = b
	w.Write("z")
	rw := w.(ReadWriter)
	fmt.Println(rw.Read())
	_, ok := w.(fmt.Stringer)
	fmt.Println(ok)
}

// Output:
// a b <empty>
// z
// false
