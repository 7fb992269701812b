// The first matching case wins, even when a later case is more specific; no bound variable form.
package main

import "fmt"

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func kind(v interface{}) {
	switch v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	case Name:
		fmt.Println("Name")
	case string, bool:
		fmt.Println("basic", v)
	}
}

func main() {
	kind(Name("x"))
	kind("plain")
	kind(true)
	kind(1)
	switch x := interface{}(Name("y")).(type) {
	case Stringer, error:
		fmt.Printf("%T %v\n", x, x)
	}
}

// Output:
// stringer Name(x)
// basic plain
// basic true
// main.Name Name(y)
