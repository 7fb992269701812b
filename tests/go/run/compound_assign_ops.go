// Compound assignment operators on integers of several widths, floats, strings and through indexes.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 4
	x /= 3
	x %= 50
	fmt.Println(x)
	var u uint8 = 0xf0
	u <<= 2
	fmt.Println(u)
	u = 0xf0
	u >>= 3
	u |= 1
	u &= 0x1f
	u ^= 0xff
	u &^= 0x0f
	fmt.Println(u)
	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[len(arr)-1] *= 7
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 3
	m["k"] *= 5
	m["k"]++
	fmt.Println(m)
	type P struct{ N int }
	p := &P{1}
	p.N <<= 10
	p.N--
	fmt.Println(p.N)
	var i16 int16 = 32000
	i16 += 1000
	fmt.Println(i16)
}

// Output:
// 36
// 192
// 224
// 2.75
// abab
// [11 2 21]
// map[k:16]
// 1023
// -32536
