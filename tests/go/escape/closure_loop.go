// Closures created in loops: escaping and non-escaping ones.
package main

var saved []func() int

func keep() {
	for i := 0; i < 3; i++ {
		j := i
		saved = append(saved, func() int { return j * 2 }) // ERROR "func literal escapes to heap"
	}
}

func local() int {
	sum := 0
	for i := 0; i < 3; i++ {
		k := i
		f := func() int { return k + 1 } // ERROR "func literal does not escape"
		sum += f()
	}
	return sum
}

func sumWith(xs []int) int { // ERROR "xs does not escape"
	total := 0
	for _, x := range xs {
		func() { total += x }() // ERROR "func literal does not escape"
	}
	return total
}

func main() {
	keep()
	println(local(), sumWith([]int{1, 2, 3})) // ERROR "\[\]int\{\.\.\.\} does not escape"
	for _, f := range saved {
		println(f())
	}
}
