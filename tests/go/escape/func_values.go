// Calls through function values are conservative: arguments escape.
package main

type op func(*int) int

func callIt(f op) int { // ERROR "f does not escape"
	x := 1 // ERROR "moved to heap: x"
	return f(&x)
}

func deref(p *int) int { return *p } // ERROR "p does not escape"

func direct() int {
	y := 2
	return deref(&y)
}

func main() {
	println(callIt(deref), direct())
	var g func(*int) int = deref
	z := 3
	println(g(&z))
}
