// Pointer-receiver methods on local variables.
package main

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ } // ERROR "c does not escape"
func (c *Counter) Self() *Counter { return c } // ERROR "leaking param: c to result ~r0 level=0"
func (c Counter) Value() int { return c.n }

var global *Counter

func (c *Counter) Register() { global = c } // ERROR "leaking param: c"

func use() int {
	var c Counter
	c.Inc()
	c.Inc()
	return c.Value()
}

func self() int {
	var c Counter
	return c.Self().n
}

func register() {
	var c Counter // ERROR "moved to heap: c"
	c.Register()
}

func main() {
	println(use(), self())
	register()
}
