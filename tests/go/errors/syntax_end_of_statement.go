// Syntax error: two statements on one line without a semicolon.
package main

func main() {
	x := 1 y := 2 // ERROR "unexpected y at end of statement"
	_, _ = x, y
}
