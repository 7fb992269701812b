// Errorcheck: type assertions need an interface operand and a type that could implement it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

type Label string

func main() {
	n := 42
	if v, ok := n.(int); ok { // ERROR "invalid operation: n \(variable of type int\) is not an interface"
		fmt.Println(v)
	}
	s := "text"
	_ = s.(string) // ERROR "invalid operation: s \(variable of type string\) is not an interface"
	var sh Shape = &Square{2}
	sq := sh.(Square) // ERROR "impossible type assertion: sh\.\(Square\)"
	p := sh.(*Square) // fine
	err := errors.New("x")
	_ = err.(Label) // ERROR "impossible type assertion: err\.\(Label\)"
	var b strings.Builder
	_ = b.(fmt.Stringer) // ERROR "invalid operation: b \(variable of type strings\.Builder\) is not an interface"
	var any interface{} = n
	i := any.(int)          // fine
	st := sh.(fmt.Stringer) // fine: interface to interface
	fmt.Println(sq, p, i, st)
}
