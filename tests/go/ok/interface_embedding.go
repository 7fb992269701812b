// Interfaces: embedded interfaces, method sets, dynamic dispatch, interface-to-interface assignment,
// nil interfaces vs interfaces holding nil pointers, and interface comparison.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Close() error
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Close() error   { b.data = nil; return nil }

type Upper struct{ inner ReadWriter }

func (u Upper) Read() string   { return strings.ToUpper(u.inner.Read()) }
func (u Upper) Write(s string) { u.inner.Write(s) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		dst.Write(s)
		n++
	}
	return n
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw // interface to smaller interface
	fmt.Println(r.Read())

	var rwc ReadWriteCloser = b
	rwc.Write("x")
	fmt.Println(len(b.data))
	fmt.Println(rwc.Close(), len(b.data))

	src := &Buffer{data: []string{"a", "b", "c"}}
	dst := &Buffer{}
	fmt.Println(copyAll(dst, Upper{src}), dst.data)

	var nilRW ReadWriter
	fmt.Println(nilRW == nil)
	var nilBuf *Buffer
	var w Writer = nilBuf
	fmt.Println(w == nil, w != nil)

	var e1, e2 interface{} = 3, 3
	fmt.Println(e1 == e2, e1 == interface{}("3"))
	var r1, r2 Reader = b, b
	fmt.Println(r1 == r2)

	var empty interface{}
	empty = b
	if _, ok := empty.(ReadWriteCloser); ok {
		fmt.Println("*Buffer implements ReadWriteCloser")
	}
	_, ok := empty.(Upper)
	fmt.Println(ok)
}

// Output:
// hello
// 2
// <nil> 0
// 3 [A B C]
// true
// false true
// true false
// true
// *Buffer implements ReadWriteCloser
// false
