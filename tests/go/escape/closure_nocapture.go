// Closures without captures, stored and called.
package main

func apply(f func(int) int, v int) int { // ERROR "f does not escape"
	return f(v)
}

func pick(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x } // ERROR "func literal escapes to heap"
	}
	return func(x int) int { return x } // ERROR "func literal escapes to heap"
}

func main() {
	sq := func(x int) int { return x * x } // ERROR "func literal does not escape"
	println(sq(3))
	println(apply(func(x int) int { return x + 1 }, 2)) // ERROR "func literal does not escape"
	println(pick(true)(4))
}
