// A String method that panics: fmt catches it and prints %!v(PANIC=String method: ...).
package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NilOK struct{ n int }

func (p *NilOK) String() string { return fmt.Sprint("n=", p.n) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	var p *NilOK
	fmt.Println(p)
	fmt.Printf("[%v]\n", p)
	fmt.Println(&NilOK{3})
}

// Output:
// %!v(PANIC=String method: boom)
// %!s(PANIC=String method: boom)|{}
// <nil>
// [<nil>]
// n=3
