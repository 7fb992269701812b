// Deferred closures: at top level they do not escape; in a loop they do.
package main

func named() (r int) {
	x := 10
	defer func() { r = x * 2 }() // ERROR "func literal does not escape"
	return 1
}

func inLoop(n int) int {
	total := 0 // ERROR "moved to heap: total"
	for i := 0; i < n; i++ {
		defer func() { total++ }() // ERROR "func literal escapes to heap"
	}
	return total
}

func deferCall() {
	p := new(int) // ERROR "new\(int\) does not escape"
	defer println(*p)
}

func main() {
	println(named(), inLoop(3))
	deferCall()
}
