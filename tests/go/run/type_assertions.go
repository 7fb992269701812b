// Type assertions to concrete and interface types, with and without comma-ok.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	x = T{}
	st, ok := x.(Stringer)
	fmt.Println(st.String(), ok)
	st2, ok := x.(fmt.Stringer)
	fmt.Println(st2, ok)
	var e error = errors.New("boom")
	_, ok = e.(Stringer)
	fmt.Println(ok)
	var nilI interface{}
	v, ok := nilI.(int)
	fmt.Println(v, ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	fmt.Println(x.(T).String())
}

// Output:
// 42 true
// "" false
// 0 false
// T! true
// T! true
// false
// 0 false
// false
// T!
