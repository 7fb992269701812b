// Errorcheck: functions with results must end in a terminating statement; if without else is not one.
package main

import (
	"errors"
	"fmt"
)

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func abs(n int) int {
	if n < 0 {
		return -n
	} else {
		return n
	}
} // fine: if/else with both branches terminating

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	fmt.Println(s)
} // ERROR "missing return"

func mustPositive(n int) int {
	if n > 0 {
		return n
	}
	panic("not positive") // fine: panic is terminating
}

func nested(a, b bool) string {
	if a {
		if b {
			return "ab"
		} else {
			return "a"
		}
	} else {
		if b {
			return "b"
		}
	}
} // ERROR "missing return"

func main() {
	fmt.Println(sign(1), abs(-1), mustPositive(1), nested(true, false))
	fmt.Println(parse("1"))
	f := func(x int) bool {
		if x > 0 {
			return true
		}
	} // ERROR "missing return"
	fmt.Println(f(1))
}
