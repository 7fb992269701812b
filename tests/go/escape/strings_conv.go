// String conversions and concatenation.
package main

var gs string

func toString(b []byte) string { // ERROR "b does not escape"
	return string(b) // ERROR "string\(b\) escapes to heap"
}

func local(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape"
	return len(b) + len(r)
}

func concat(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + "-" + b // ERROR "a \+ \"-\" \+ b escapes to heap"
}

func concatLocal(a string) int { // ERROR "a does not escape"
	c := a + "!" // ERROR "a \+ \"!\" does not escape"
	return len(c)
}

func store(a, b string) { // ERROR "a does not escape" "b does not escape"
	gs = a + b // ERROR "a \+ b escapes to heap"
}

func runeStr(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap"
}

func main() {
	println(toString([]byte("hi")), local("héllo"), concat("a", "b"), concatLocal("x"), runeStr('z')) // ERROR "\(\[\]byte\)\(\"hi\"\) does not escape"
	store("c", "d")
}
