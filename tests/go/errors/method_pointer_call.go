// Errorcheck: pointer methods cannot be called on non-addressable values (map elements, call results, literals).
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

func newCounter() Counter { return Counter{} }

type Named int

func (n *Named) Double() { *n *= 2 }

func main() {
	var c Counter
	c.Inc() // fine: c is addressable
	counters := map[string]Counter{"a": {}}
	counters["a"].Inc()                // ERROR "cannot call pointer method Inc on Counter"
	fmt.Println(counters["a"].Value()) // fine: value method
	newCounter().Inc()                 // ERROR "cannot call pointer method Inc on Counter"
	Counter{}.Inc()                    // ERROR "cannot call pointer method Inc on Counter"
	(&Counter{}).Inc()                 // fine
	Named(3).Double()                  // ERROR "cannot call pointer method Double on Named"
	list := []Counter{{}}
	list[0].Inc()         // fine: slice elements are addressable
	f := newCounter().Inc // ERROR "cannot call pointer method Inc on Counter"
	fmt.Println(c.Value(), f)
}
