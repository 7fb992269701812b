// User-defined variadic functions: the implicit ... slice.
package main

var keep []*int

func sum(xs ...int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func save(ps ...*int) { // ERROR "leaking param content: ps"
	keep = append(keep, ps...)
}

func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1"
	return ps[0]
}

func main() {
	println(sum(1, 2, 3)) // ERROR "\.\.\. argument does not escape"
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	save(&a, &b) // ERROR "\.\.\. argument does not escape"
	c := 3
	_ = first(&c) // ERROR "\.\.\. argument does not escape"
	nums := []int{4, 5} // ERROR "\[\]int\{\.\.\.\} does not escape"
	println(sum(nums...))
}
