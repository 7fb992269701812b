// Errorcheck: type switches: duplicate cases, non-interface operand, impossible cases, unknown types.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i *ID) String() string { return strconv.Itoa(int(*i)) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case int, string:
		return fmt.Sprint(x)
	case float64:
		return "float"
	case int: // ERROR "duplicate case int in type switch"
		return "int again"
	case nil:
		return "nil"
	case Unknown: // ERROR "undefined: Unknown"
		return "?"
	}
	return ""
}

func name(s Stringer) string {
	switch s.(type) {
	case ID: // ERROR "impossible type switch case: ID"
		return "value"
	case *ID:
		return "pointer"
	}
	return ""
}

func main() {
	n := 3
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	case int:
	}
	fmt.Println(describe(1), name(nil))
}
