// Lexical error: a digit that does not belong to the literal's base.
package main

func main() {
	x := 0b102 // ERROR "invalid digit '2' in binary literal"
	_ = x
}
