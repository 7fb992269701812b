// Closures inside closures share the captured variables.
package main

func outer() func() func() int {
	x := 0 // ERROR "moved to heap: x"
	return func() func() int { // ERROR "func literal escapes to heap"
		return func() int { // ERROR "func literal escapes to heap"
			x++
			return x
		}
	}
}

func local() int {
	y := 1
	f := func() int { // ERROR "func literal does not escape"
		g := func() int { return y + 1 } // ERROR "func literal does not escape"
		return g()
	}
	return f()
}

func main() {
	println(outer()()(), local())
}
