// Loop depth: a variable declared outside a loop outlives allocations made inside it.
package main

func outer() int {
	var last *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v"
		last = &v
	}
	return *last
}

func inner() int {
	sum := 0
	for i := 0; i < 3; i++ {
		v := i
		p := &v
		sum += *p
	}
	return sum
}

func newInLoop() int {
	var keep *[4]int
	for i := 0; i < 2; i++ {
		keep = new([4]int) // ERROR "new\(\[4\]int\) escapes to heap"
	}
	return keep[0]
}

func main() {
	println(outer(), inner(), newInLoop())
}
