// Methods with value and pointer receivers, including automatic & and * at call sites.
package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ } // ERROR "c does not escape"

func (c Counter) IncCopy() { c.n++ }

func (c *Counter) Add(k int) *Counter { // ERROR "leaking param: c to result ~r0 level=0"
	c.n += k
	return c
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (c *Celsius) Warm(d float64) { *c += Celsius(d) } // ERROR "c does not escape"

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy() // modifies a copy
	fmt.Println(c.Get()) // ERROR "\.\.\. argument does not escape" "Counter\.Get\(c\) escapes to heap"

	p := &c
	p.Inc()
	fmt.Println(p.Get()) // (*p).Get() // ERROR "\.\.\. argument does not escape" "Counter\.Get\(p\) escapes to heap"
	fmt.Println(c.n) // ERROR "\.\.\. argument does not escape" "c\.n escapes to heap"

	p.Add(10).Add(100)
	fmt.Println(c.Get()) // ERROR "\.\.\. argument does not escape" "Counter\.Get\(c\) escapes to heap"

	t := Celsius(100)
	fmt.Println(t.Fahrenheit()) // ERROR "\.\.\. argument does not escape" "Celsius\.Fahrenheit\(t\) escapes to heap"
	t.Warm(-100)
	fmt.Println(t, t.Fahrenheit()) // ERROR "\.\.\. argument does not escape" "t escapes to heap" "Celsius\.Fahrenheit\(t\) escapes to heap"

	cs := []Counter{{1}, {2}} // ERROR "\[\]Counter\{\.\.\.\} does not escape"
	cs[0].Inc() // slice elements are addressable
	fmt.Println(cs[0].Get(), cs[1].Get()) // ERROR "\.\.\. argument does not escape" "Counter\.Get\(cs\[0\]\) escapes to heap" "Counter\.Get\(cs\[1\]\) escapes to heap"

	m := map[string]*Counter{"a": {5}} // ERROR "map\[string\]\*Counter\{\.\.\.\} does not escape" "&Counter\{\.\.\.\} escapes to heap"
	m["a"].Inc()
	fmt.Println(m["a"].Get()) // ERROR "\.\.\. argument does not escape" "Counter\.Get\(m\[\"a\"\]\) escapes to heap"
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
