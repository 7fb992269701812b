// Large structs passed and returned by value; methods on values get copies.
package main

import "fmt"

type Big struct {
	A [8]int
	S string
	F float64
}

func fill(b Big, v int) Big {
	for i := range b.A {
		b.A[i] = v * i
	}
	b.S = fmt.Sprint("filled ", v)
	return b
}

func (b Big) Sum() (s int) {
	for _, x := range b.A {
		s += x
	}
	b.A[0] = -1
	return
}

func (b *Big) Reset() { *b = Big{S: "reset"} }

func main() {
	var b Big
	c := fill(b, 3)
	fmt.Println(b.S == "", c.S, c.A, c.Sum(), c.A[0])
	d := c
	c.Reset()
	fmt.Println(c, d.S)
	arr := [2]Big{fill(Big{}, 1), fill(Big{}, 2)}
	fmt.Println(arr[0].Sum(), arr[1].Sum(), arr[1].S)
}

// Output:
// true filled 3 [0 3 6 9 12 15 18 21] 84 0
// {[0 0 0 0 0 0 0 0] reset 0} filled 3
// 28 56 filled 2
