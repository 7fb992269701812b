// A method value binds its receiver when evaluated: value receivers are copied at that moment.
package main

import "fmt"

type P struct{ name string }

func (p P) Hello() string    { return "hello " + p.name }
func (p *P) Rename(n string) { p.name = n }
func (p *P) Who() string     { return p.name }

func apply(f func() string) string { return f() }

func main() {
	p := P{"ann"}
	hv := p.Hello
	who := p.Who
	p.name = "bob"
	fmt.Println(hv(), who(), apply(p.Hello))
	rename := p.Rename
	rename("carl")
	fmt.Println(p.name, hv(), who())
	fs := []func() string{p.Hello, p.Who}
	p.name = "dan"
	for _, f := range fs {
		fmt.Println(f())
	}
	pp := &P{"eve"}
	h2 := pp.Hello
	pp.name = "fay"
	fmt.Println(h2(), pp.Hello())
}

// Output:
// hello ann bob hello bob
// carl hello ann carl
// hello carl
// dan
// hello eve hello fay
