// Errorcheck: local variables that are declared (or only assigned) but never used.
package main

import "fmt"

func sum(xs []int) int {
	total := 0
	unused := len(xs) // ERROR "declared and not used: unused"
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	var a int       // ERROR "declared and not used: a"
	var b, c = 1, 2 // ERROR "declared and not used: b"
	fmt.Println(c)
	d := 0 // ERROR "declared and not used: d"
	d = 5
	var e []int // ERROR "declared and not used: e"
	e = nil
	f, g := 1, 2 // ERROR "declared and not used: g"
	fmt.Println(f)
	var used int
	used++
	for i := 0; i < 2; i++ {
		j := i // ERROR "declared and not used: j"
	}
	fmt.Println(sum(nil), used)
	var _ = 3 // blank: fine
}
