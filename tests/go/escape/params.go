// Parameter summaries: leaking params, params leaking to results, contents.
package main

var sink *int
var sinkS []int

type Box struct{ p *int }

func noEscape(p *int) int { // ERROR "p does not escape"
	return *p + 1
}

func leak(p *int) { // ERROR "leaking param: p"
	sink = p
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func second(a, b *int) *int { // ERROR "a does not escape" "leaking param: b to result ~r0 level=0"
	return b
}

func content(pp **int) { // ERROR "leaking param content: pp"
	sink = *pp
}

func contentToResult(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

func field(b *Box) *int { // ERROR "leaking param: b to result ~r0 level=1"
	return b.p
}

func sliceLeak(s []int) { // ERROR "leaking param: s"
	sinkS = s
}

func sliceNo(s []int) int { // ERROR "s does not escape"
	return len(s) + s[0]
}

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0"
	r = p
	return
}

func main() {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: b"
	noEscape(&a)
	leak(&b)
	_ = identity(&c)
	var d, e int
	_ = second(&d, &e)
	x := 4 // ERROR "moved to heap: x"
	px := &x
	content(&px)
	y := 5
	py := &y
	_ = contentToResult(&py)
	z := 6
	_ = field(&Box{&z}) // ERROR "&Box\{\.\.\.\} does not escape"
	sliceLeak(make([]int, 3)) // ERROR "make\(\[\]int, 3\) escapes to heap"
	sliceNo([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape"
	w := 7
	_ = named(&w)
}
