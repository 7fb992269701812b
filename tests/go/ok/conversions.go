// Conversions: between integer widths (truncation, sign extension), int<->float, float truncation,
// string <-> []byte / []rune, int -> string of a rune, named types, and constants.
package main

import "fmt"

type Meters float64
type ID int

func main() {
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	var b byte = 200
	fmt.Println(int8(b), int(int8(b)), int(b))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big))

	f := 3.99
	fmt.Println(int(f), int(-f), float32(f))
	g := 1e10
	fmt.Println(int64(g), int32(int64(g)))
	k := 7
	fmt.Println(float64(k)/2, k/2)
	fmt.Println(float64(1)/3, float32(1)/3)

	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), bs[1], rs[1])
	fmt.Println(string(bs[:3]), string(rs[:2]))
	bs[0] = 'H'
	fmt.Println(string(bs), s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(string([]rune{0x1F600, 'a'}), string([]byte{104, 105}))

	m := Meters(12.5)
	fmt.Println(float64(m)*2, Meters(int(m)))
	id := ID(7)
	fmt.Println(int(id)+1, ID(3.0))
	fmt.Printf("%T %T %T\n", m, id, float32(m))

	var r rune = 'x'
	var by byte = byte(r)
	fmt.Println(by, rune(by) == r)

	c := complex(float32(1.5), 2)
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(complex128(c), real(c), imag(c))

	type Celsius float64
	type Fahrenheit float64
	cel := Celsius(100)
	fah := Fahrenheit(cel*9/5 + 32)
	fmt.Println(fah)
}

// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// -56 -56 200
// 5 5
// 3 -3 3.99
// 10000000000 1410065408
// 3.5 3
// 0.3333333333333333 0.33333334
// 6 5 195 233
// hé hé
// Héllo héllo
// A 世 �
// 😀a hi
// 25 12
// 8 3
// main.Meters main.ID float32
// 120 true
// complex64 (1.5+2i)
// (1.5+2i) 1.5 2
// 212
