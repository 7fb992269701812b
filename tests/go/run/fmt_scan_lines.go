package main

import (
	"fmt"
)

func main() {
	var a, b, c int
	// Sscan treats newlines as space, Sscanln stops at them.
	n, err := fmt.Sscan("1\n2\n3", &a, &b, &c)
	fmt.Println("Sscan", n, err, a, b, c)
	a, b, c = 0, 0, 0
	n, err = fmt.Sscanln("1\n2\n3", &a, &b, &c)
	fmt.Println("Sscanln", n, err, a, b, c)
	a, b, c = 0, 0, 0
	n, err = fmt.Sscanln("1 2 3\n4", &a, &b, &c)
	fmt.Println("Sscanln", n, err, a, b, c)
	n, err = fmt.Sscanln("1 2 3 4\n", &a, &b, &c)
	fmt.Println("Sscanln extra", n, err, a, b, c)
	n, err = fmt.Sscanln("1 2 3   \r\n", &a, &b, &c)
	fmt.Println("Sscanln crlf", n, err, a, b, c)
	n, err = fmt.Sscanln("1 2 3", &a, &b, &c)
	fmt.Println("Sscanln eof", n, err)
	n, err = fmt.Sscanln("", &a)
	fmt.Println("Sscanln empty", n, err)
	n, err = fmt.Sscanln("\n", &a)
	fmt.Println("Sscanln nl", n, err)
	n, err = fmt.Sscanln("5 x", &a)
	fmt.Println("Sscanln x", n, err, a)
	n, err = fmt.Sscanln("  \r\n1", &a)
	fmt.Println("Sscanln crlf first", n, err)
	n, err = fmt.Sscanln("7")
	fmt.Println("Sscanln no operands", n, err)
	n, err = fmt.Sscanln("7 \n")
	fmt.Println("Sscanln no operands 2", n, err)
	var s string
	n, err = fmt.Sscanln("word\nnext", &s)
	fmt.Println("Sscanln word", n, err, s)
	n, err = fmt.Sscan("\r\n\r\nword", &s)
	fmt.Println("Sscan crlf", n, err, s)
	n, err = fmt.Sscan("a\rb", &s)
	fmt.Println("Sscan cr", n, err, s)
	// Unicode spaces separate too.
	n, err = fmt.Sscan("1\u00a02\u30003", &a, &b, &c)
	fmt.Println("unicode space", n, err, a, b, c)
}

// Output:
// Sscan 3 <nil> 1 2 3
// Sscanln 1 unexpected newline 1 0 0
// Sscanln 3 <nil> 1 2 3
// Sscanln extra 3 expected newline 1 2 3
// Sscanln crlf 3 <nil> 1 2 3
// Sscanln eof 3 <nil>
// Sscanln empty 0 EOF
// Sscanln nl 0 unexpected newline
// Sscanln x 1 expected newline 5
// Sscanln crlf first 0 unexpected newline
// Sscanln no operands 0 expected newline
// Sscanln no operands 2 0 expected newline
// Sscanln word 1 <nil> word
// Sscan crlf 1 <nil> word
// Sscan cr 1 <nil> a
// unicode space 3 <nil> 1 2 3
