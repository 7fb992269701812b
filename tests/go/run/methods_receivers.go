// Value receivers get a copy; pointer receivers modify the original. Go inserts & and * automatically.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Inc()      { c.n++ }

type Celsius float64

func (c Celsius) F() float64      { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n)
	(*p).IncCopy()
	fmt.Println(p.n)
	t := Celsius(100)
	t.Warm(5)
	fmt.Println(t, t.F())
	arr := []Counter{{1}, {2}}
	arr[0].Inc()
	fmt.Println(arr)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
}

// Output:
// 2
// 3 3
// 3
// 105 221
// [{2} {2}]
// 6
