// Syntax error: the opening brace of a function body on the next line.
package main

func main()
{ // ERROR "unexpected semicolon or newline before \{"
}
