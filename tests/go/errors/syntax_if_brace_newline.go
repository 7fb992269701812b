// Syntax error: the opening brace of an if block on the next line (automatic semicolon).
package main

func main() {
	x := 1
	if x == 1 // ERROR "unexpected newline, expecting \{ after if clause"
	{
	}
}
