// Values stored in package-level variables escape.
package main

var gp *int
var gs []*int
var gm = map[string]*int{} // ERROR "map\[string\]\*int\{\} escapes to heap"
var gi interface{}

type T struct{ v int }

var gt *T

func setPtr() {
	x := 1 // ERROR "moved to heap: x"
	gp = &x
}

func appendGlobal() {
	y := 2 // ERROR "moved to heap: y"
	gs = append(gs, &y)
}

func mapGlobal() {
	z := 3 // ERROR "moved to heap: z"
	gm["z"] = &z
}

func ifaceGlobal(n int) {
	gi = n // ERROR "n escapes to heap"
}

func structGlobal() {
	gt = &T{v: 4} // ERROR "&T\{\.\.\.\} escapes to heap"
}

func keepLocal() int {
	w := 5
	p := &w
	return *p
}

func main() {
	setPtr()
	appendGlobal()
	mapGlobal()
	ifaceGlobal(1)
	structGlobal()
	println(keepLocal())
}
