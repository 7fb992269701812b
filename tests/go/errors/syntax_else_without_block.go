// Syntax error: else followed by a statement instead of if or a block.
package main

func main() {
	x := 1
	if x > 0 {
		x = 2
	} else x = 3 // ERROR "else must be followed by if or statement block"
	_ = x
}
