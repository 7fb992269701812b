// GoStringer controls %#v; fmt.Append/Appendf/Appendln append formatted text to a byte slice.
package main

import "fmt"

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

type Pt struct{ X, Y int }

func (p Pt) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

func main() {
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v\n", s, s, s)
	fmt.Printf("%#v %#v\n", Pt{1, 2}, []Pt{{3, 4}})
	fmt.Printf("%#v\n", map[string]Pt{"a": {5, 6}})
	b := []byte("start:")
	b = fmt.Append(b, 1, "x", 2)
	b = fmt.Appendf(b, "|%03d|", 7)
	b = fmt.Appendln(b, "end", true)
	fmt.Printf("%q\n", b)
}

// Output:
// hunter2 hunter2 Secret("***")
// Pt(1,2) []main.Pt{Pt(3,4)}
// map[string]main.Pt{"a":Pt(5,6)}
// "start:1x2|007|end true\n"
