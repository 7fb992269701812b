// An interface holding a typed nil pointer is not nil.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := correct(false)
	fmt.Println(e2 == nil)
	fmt.Println(mayFail(true), correct(true))
	var i interface{}
	var p *int
	fmt.Println(i == nil, p == nil)
	i = p
	fmt.Println(i == nil, i.(*int) == nil)
}

// Output:
// false true
// *main.MyErr true
// true
// my error my error
// true true
// false true
