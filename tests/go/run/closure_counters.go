// Counters built from closures are independent; closures sharing a variable see each other's writes.
package main

import "fmt"

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func main() {
	inc1, get1, reset1 := counter()
	inc2, get2, _ := counter()
	inc1()
	inc1()
	inc2()
	fmt.Println(get1(), get2())
	reset1()
	fmt.Println(get1(), inc1(), get2())
	x := 0
	add := func(d int) { x += d }
	sub := func(d int) { x -= d }
	add(10)
	sub(3)
	fmt.Println(x)
	x = 100
	add(1)
	fmt.Println(x)
}

// Output:
// 2 1
// 0 1 1
// 7
// 101
