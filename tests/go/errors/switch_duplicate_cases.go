// Errorcheck: duplicate constant cases in expression switches.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func describe(n int) string {
	switch n {
	case 1, 2:
		return "small"
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
		return "again"
	}
	return ""
}

func color(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green, Blue:
		return "green or blue"
	case 2: // ERROR "duplicate case 2 \(constant of type Color\) in expression switch"
		return "two"
	}
	return ""
}

func word(s string) int {
	switch s {
	case "a":
		return 1
	case "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
		return 2
	}
	return 0
}

func main() {
	x := 5
	switch {
	case x > 1:
	case x > 1: // fine: not constants
	}
	switch true {
	case true:
	case true: // fine: gc checks duplicates only for numbers and strings
	}
	fmt.Println(describe(1), color(Red), word("a"))
}
