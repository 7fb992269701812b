// Storing a value in an interface copies it; later changes to the original are not seen.
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	var g Getter = c
	c.N = 100
	fmt.Println(g.Get(), c.Get())
	var gp Getter = &c
	c.N = 200
	fmt.Println(gp.Get())
	arr := [2]int{1, 2}
	var i interface{} = arr
	arr[0] = 50
	fmt.Println(i, arr)
	cp := i.([2]int)
	cp[1] = 99
	fmt.Println(i, cp)
	inc := (&c).Inc
	inc()
	fmt.Println(c.N, gp.Get())
	items := []Getter{Counter{1}, &Counter{2}}
	items[1].(*Counter).Inc()
	fmt.Println(items[0].Get(), items[1].Get())
}

// Output:
// 1 100
// 200
// [1 2] [50 2]
// [1 2] [1 99]
// 201 201
// 1 3
