// Increment/decrement statements and every assignment operator, on variables, fields, elements and pointers.
package main

import "fmt"

type S struct{ n int }

func main() {
	x := 10
	x++
	x--
	x++
	fmt.Println(x)

	a := 100
	a += 5
	fmt.Println(a)
	a -= 10
	fmt.Println(a)
	a *= 3
	fmt.Println(a)
	a /= 4
	fmt.Println(a)
	a %= 13
	fmt.Println(a)

	b := 0b1100
	b &= 0b1010
	fmt.Println(b)
	b |= 0b0001
	fmt.Println(b)
	b ^= 0b1111
	fmt.Println(b)
	b <<= 3
	fmt.Println(b)
	b >>= 1
	fmt.Println(b)
	b &^= 0b0100
	fmt.Println(b)

	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)

	s := "go"
	s += "lang"
	s += "!"
	fmt.Println(s)

	st := S{1}
	st.n++
	st.n += 10
	p := &st
	p.n *= 2
	fmt.Println(st.n)

	arr := []int{1, 2, 3}
	arr[1]++
	arr[2] <<= 4
	fmt.Println(arr)

	m := map[string]int{}
	m["k"]++
	m["k"] += 5
	fmt.Println(m["k"])

	ptr := &x
	*ptr++
	*ptr *= 2
	fmt.Println(x)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	var sh uint = 1
	sh <<= 63
	fmt.Println(sh)

	c := complex(1, 1)
	c *= c
	fmt.Println(c)
}

// Output:
// 11
// 105
// 95
// 285
// 71
// 6
// 8
// 9
// 6
// 48
// 24
// 24
// 2.75
// golang!
// 24
// [1 3 48]
// 6
// 24
// 4
// 9223372036854775808
// (0+2i)
