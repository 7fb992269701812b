// Closures called where they are written.
package main

func f() int {
	x := 5
	y := func() int { return x * 2 }() // ERROR "func literal does not escape"
	z := func(a int) int { return a + x }(y) // ERROR "func literal does not escape"
	return z
}

func g() *int {
	var u int
	p := func() *int { return &u }() // ERROR "func literal does not escape"
	*p = 3
	return nil
}

func main() {
	println(f())
	g()
}
