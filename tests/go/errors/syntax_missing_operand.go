// Syntax error: a binary operator at the end of a line with nothing after it.
package main

func main() {
	x := 1 +
} // ERROR "unexpected }, expecting expression"
