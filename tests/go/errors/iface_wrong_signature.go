// Errorcheck: a method with the right name but the wrong signature does not satisfy an interface.
package main

import (
	"errors"
	"fmt"
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type source struct{}

func (source) Read(p []byte) int { return 0 }

type Namer interface{ Name() string }

type user struct{}

func (u user) Name(prefix string) string { return prefix }

type myErr struct{}

func (*myErr) Error() int { return 1 }

func main() {
	var r Reader = source{} // ERROR "cannot use source\{\} \(value of type source\) as Reader value in variable declaration: source does not implement Reader \(wrong type for method Read\)"
	var n Namer
	n = user{}               // ERROR "cannot use user\{\} \(value of type user\) as Namer value in assignment: user does not implement Namer \(wrong type for method Name\)"
	var err error = &myErr{} // ERROR "cannot use &myErr\{\} \(value of type \*myErr\) as error value in variable declaration: \*myErr does not implement error \(wrong type for method Error\)"
	fmt.Println(r, n, err, errors.New("ok"))
}
