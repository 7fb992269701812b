// A later panic replaces the earlier one; recover returns the most recent value.
package main

import (
	"errors"
	"fmt"
)

func f() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("recovered %v", r)
	}()
	defer func() {
		panic("from defer")
	}()
	panic("original")
}

func g() (res string) {
	defer func() {
		res = fmt.Sprint(recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic(errors.New("inner"))
	}()
	panic("outer stays")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}

// Output:
// recovered from defer
// inner recover: inner
// outer stays
