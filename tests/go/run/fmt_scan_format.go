package main

import (
	"fmt"
)

func main() {
	var a, b int
	var s string
	var r rune
	var x uint
	n, err := fmt.Sscanf("x=10 y=20", "x=%d y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x:10", "y:%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff 777 1010 FF", "%x %o %b %X", &a, &b, &x, &r)
	fmt.Println(n, err, a, b, x, r)
	n, err = fmt.Sscanf("12345678", "%3d%5d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abcdefgh", "%5s%s", &s, &s)
	fmt.Println(n, err, s)
	var s1, s2 string
	n, err = fmt.Sscanf("abcdefgh", "%3s%2s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	// %c reads any rune, including spaces.
	var c1, c2, c3 rune
	n, err = fmt.Sscanf("a bé", "%c%c%c", &c1, &c2, &c3)
	fmt.Println(n, err, string(c1), string(c2), string(c3), c1, c2, c3)
	var bt byte
	n, err = fmt.Sscanf("é", "%c", &bt)
	fmt.Println(n, err, bt)
	// %q, %x strings.
	var q1, q2, h string
	n, err = fmt.Sscanf(`"hi\tthere" `+"`raw\\n`"+` 48656c6c6f`, "%q %q %x", &q1, &q2, &h)
	fmt.Printf("%d %v %q %q %q\n", n, err, q1, q2, h)
	n, err = fmt.Sscanf(`hi`, "%q", &q1)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"open`, "%q", &q1)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`4g`, "%x", &h)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`zz`, "%x", &h)
	fmt.Println(n, err)
	var bs []byte
	n, err = fmt.Sscanf(`0aff`, "%x", &bs)
	fmt.Println(n, err, bs)
	// Bad verbs.
	n, err = fmt.Sscanf("1", "%s", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d", &s)
	fmt.Println(n, err)
	var f float64
	n, err = fmt.Sscanf("1", "%d", &f)
	fmt.Println(n, err)
	var bl bool
	n, err = fmt.Sscanf("true", "%d", &bl)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("true 1.5e3 2.5", "%t %e %g", &bl, &f, &f)
	fmt.Println(n, err, bl, f)
	n, err = fmt.Sscanf("3.25", "%f", &f)
	fmt.Println(n, err, f)
	// Operand count errors.
	n, err = fmt.Sscanf("1 2", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%", &a)
	fmt.Println(n, err)
	// Percent literals.
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("50x", "%d%%", &a)
	fmt.Println(n, err, a)
	// Newlines must match.
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1  \n  2", "%d \n %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 x", "%d x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1x", "%d x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n", "%d\n", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("  7", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("\n7", "%d", &a)
	fmt.Println(n, err)
	// %v with prefixes and %U.
	n, err = fmt.Sscanf("0x1f U+1F600", "%v %U", &a, &r)
	fmt.Println(n, err, a, r)
	n, err = fmt.Sscanf("1F600", "%U", &r)
	fmt.Printf("%d %q\n", n, err.Error())
	// Width limits on numbers and literal text after.
	var y, m, d int
	n, err = fmt.Sscanf("20240315", "%4d%2d%2d", &y, &m, &d)
	fmt.Println(n, err, y, m, d)
	n, err = fmt.Sscanf("2024-03-15T10:20", "%d-%d-%dT%d:%d", &y, &m, &d, &a, &b)
	fmt.Println(n, err, y, m, d, a, b)
	var name string
	var age int
	n, err = fmt.Sscanf("name: Bob age: 42", "name: %s age: %d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("1,2", "%d,%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 ,2", "%d,%d", &a, &b)
	fmt.Println(n, err)
}

// Output:
// 2 <nil> 10 20
// 2 <nil> 3 4
// 0 input does not match format
// 2 <nil> 10 20
// 4 <nil> 255 511 10 255
// 2 <nil> 123 45678
// 2 <nil> fgh
// 2 <nil> abc de
// 3 <nil> a   b 97 32 98
// 0 overflow on character value é 0
// 3 <nil> "hi\tthere" "raw\\n" "Hello"
// 0 expected quoted string
// 0 unexpected EOF
// 0 illegal hex digit
// 0 no hex data for %x string
// 1 <nil> [10 255]
// 0 bad verb '%s' for integer
// 0 bad verb '%d' for string
// 0 bad verb '%d' for float64
// 0 bad verb '%d' for boolean
// 3 <nil> true 2.5
// 1 <nil> 3.25
// 1 too few operands for format '%d'
// 1 too many operands
// 1 EOF
// 0 EOF
// 0 missing verb: % at end of format string
// 1 <nil> 50
// 1 missing literal % 50
// 1 newline in input does not match format
// 2 <nil> 1 2
// 1 newline in format does not match input
// 2 <nil> 1 2
// 1 EOF
// 1 <nil>
// 1 expected space in input to match format
// 1 <nil>
// 1 <nil>
// 1 <nil> 7
// 0 unexpected newline
// 2 <nil> 31 128512
// 0 "bad unicode format "
// 3 <nil> 2024 3 15
// 5 <nil> 2024 3 15 10 20
// 2 <nil> Bob 42
// 2 <nil> 1 2
// 1 input does not match format
