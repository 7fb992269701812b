// Errorcheck: a type-switch variable that no clause uses is "declared and not used"; used in one clause is fine.
package main

import "fmt"

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

func describe(v interface{}) string {
	switch x := v.(type) { // ERROR "declared and not used: x"
	case int:
		return "int"
	case string:
		return "string"
	default:
		return "other"
	}
}

func describe2(v interface{}) string {
	switch x := v.(type) { // used in one clause: no error
	case int:
		return fmt.Sprint(x + 1)
	case string:
		return "string"
	}
	return ""
}

func kind(s shape) int {
	switch sq := s.(type) { // ERROR "declared and not used: sq"
	case square:
		return 1
	case nil:
		return 0
	}
	return -1
}

func main() {
	fmt.Println(describe(1), describe2("a"), kind(square{2}))
	var v interface{} = 3
	switch t := v.(type) { // ERROR "declared and not used: t"
	}
}
