// Errorcheck: comparisons need assignable operand types; interfaces compare with their dynamic types.
package main

import (
	"errors"
	"fmt"
)

type ID int
type Name string

var ErrMissing = errors.New("missing")

func main() {
	var id ID = 3
	n := 3
	fmt.Println(id == n) // ERROR "invalid operation: id == n \(mismatched types ID and int\)"
	fmt.Println(id == 3) // fine
	var nm Name = "x"
	fmt.Println(nm == "x", nm == "y") // fine
	s := "x"
	fmt.Println(nm == s) // ERROR "invalid operation: nm == s \(mismatched types Name and string\)"
	fmt.Println(s == 1)  // ERROR "invalid operation: s == 1 \(mismatched types string and untyped int\)"
	err := fmt.Errorf("x")
	fmt.Println(err == ErrMissing) // fine
	var p *int
	fmt.Println(p == nil, p == &n) // fine
	fmt.Println(p == "x")          // ERROR "invalid operation: p == .x. \(mismatched types \*int and untyped string\)"
	fmt.Println(nil == nil)        // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var any interface{} = 1
	fmt.Println(any == n, any == "x") // fine: interface compared with comparable value
}
