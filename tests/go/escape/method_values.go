// Method values bind their receiver in a closure.
package main

type Acc struct{ n int }

func (a *Acc) Add(d int) { a.n += d } // ERROR "a does not escape"
func (a Acc) Get() int   { return a.n }

var keep func(int)

func local() int {
	var a Acc
	add := a.Add // ERROR "a\.Add does not escape"
	add(2)
	get := a.Get // ERROR "a\.Get does not escape"
	return get()
}

func stored() {
	b := &Acc{} // ERROR "&Acc\{\} escapes to heap"
	keep = b.Add // ERROR "b\.Add escapes to heap"
}

func main() {
	println(local())
	stored()
	keep(1)
}
