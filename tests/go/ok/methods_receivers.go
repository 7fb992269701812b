// Methods with value and pointer receivers, including automatic & and * at call sites.
package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c Counter) IncCopy() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy() // modifies a copy
	fmt.Println(c.Get())

	p := &c
	p.Inc()
	fmt.Println(p.Get()) // (*p).Get()
	fmt.Println(c.n)

	p.Add(10).Add(100)
	fmt.Println(c.Get())

	t := Celsius(100)
	fmt.Println(t.Fahrenheit())
	t.Warm(-100)
	fmt.Println(t, t.Fahrenheit())

	cs := []Counter{{1}, {2}}
	cs[0].Inc() // slice elements are addressable
	fmt.Println(cs[0].Get(), cs[1].Get())

	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
}

// Output:
// 2
// 3
// 3
// 113
// 212
// 0 32
// 2 2
// 6
