// Errorcheck: a selector promoted from two embedded fields at the same depth is ambiguous.
package main

import "fmt"

type Reader struct{ Name string }

func (Reader) Close() error { return nil }

type Writer struct{ Name string }

func (Writer) Close() error { return nil }
func (Writer) Flush()       {}

type ReadWriter struct {
	Reader
	Writer
}

type Logged struct {
	ReadWriter
	Name string // shallower: wins over the embedded Names
}

func main() {
	var rw ReadWriter
	fmt.Println(rw.Name)                        // ERROR "ambiguous selector rw\.Name"
	rw.Close()                                  // ERROR "ambiguous selector rw\.Close"
	rw.Flush()                                  // fine: only Writer has Flush
	fmt.Println(rw.Reader.Name, rw.Writer.Name) // fine: explicit path
	var l Logged
	fmt.Println(l.Name) // fine: depth 0 hides depth 2
	l.Close()           // ERROR "ambiguous selector l\.Close"
	f := rw.Close       // ERROR "ambiguous selector rw\.Close"
	fmt.Println(f)
}
