// Closures capture variables by reference: a counter factory returns independent closures.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func accumulator(start int) (add func(int), get func() int) {
	total := start
	add = func(d int) { total += d }
	get = func() int { return total }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	fmt.Println(c1())

	add, get := accumulator(10)
	add(5)
	add(-2)
	fmt.Println(get())

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)

	f := fibGen()
	for i := 0; i < 10; i++ {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(f())
	}
	fmt.Println()

	noCapture := func(a int) int { return a * 3 }
	fmt.Println(noCapture(4))
}

// Output:
// 1 2 3
// 1 2
// 4
// 13
// 3
// 0 1 1 2 3 5 8 13 21 34
// 12
