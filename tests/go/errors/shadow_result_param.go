// Errorcheck: a bare return while a named result is shadowed by an inner declaration.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			return // ERROR "result parameter err not in scope at return"
		}
		n = v
	}
	return
}

func divide(a, b int) (q int, err error) {
	if b == 0 {
		err := errors.New("division by zero")
		fmt.Println(err)
		return // ERROR "result parameter err not in scope at return"
	}
	{
		q := a / b
		if q > 100 {
			return // ERROR "result parameter q not in scope at return"
		}
	}
	return a / b, nil
}

func main() {
	fmt.Println(parse("12"))
	fmt.Println(divide(1, 0))
}
