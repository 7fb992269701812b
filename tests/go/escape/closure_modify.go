// A closure that assigns a captured variable captures it by reference.
package main

func run(f func()) { // ERROR "f does not escape"
	f()
}

func local() int {
	n := 0
	inc := func() { n++ } // ERROR "func literal does not escape"
	inc()
	inc()
	return n
}

func passed() int {
	n := 0
	run(func() { n += 2 }) // ERROR "func literal does not escape"
	return n
}

func main() {
	println(local(), passed())
}
