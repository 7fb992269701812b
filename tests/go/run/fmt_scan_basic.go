package main

import (
	"fmt"
)

func main() {
	// Sscan of mixed types; newlines count as space.
	var i int
	var s string
	var f float64
	var b bool
	var u uint8
	n, err := fmt.Sscan("  42 hello\n 3.5e2\ttrue 255", &i, &s, &f, &b, &u)
	fmt.Println(n, err, i, s, f, b, u)

	// Too few inputs: EOF.
	var a, c int
	n, err = fmt.Sscan("7", &a, &c)
	fmt.Println(n, err, a, c)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   \n ", &a)
	fmt.Println(n, err)

	// Bad integer.
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12 x", &a, &c)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("-", &a)
	fmt.Println(n, err)

	// Overflow.
	var i8 int8
	n, err = fmt.Sscan("200", &i8)
	fmt.Println(n, err, i8)
	var u16 uint16
	n, err = fmt.Sscan("70000", &u16)
	fmt.Println(n, err, u16)
	var i64 int64
	n, err = fmt.Sscan("99999999999999999999", &i64)
	fmt.Println(n, err, i64)
	n, err = fmt.Sscan("-5", &u16)
	fmt.Println(n, err, u16)

	// Bases with %v.
	var x1, x2, x3, x4, x5, x6 int
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 -0x10 1_000", &x1, &x2, &x3, &x4, &x5, &x6)
	fmt.Println(n, err, x1, x2, x3, x4, x5, x6)
	n, err = fmt.Sscan("0", &x1)
	fmt.Println(n, err, x1)
	n, err = fmt.Sscan("08", &x1)
	fmt.Println(n, err, x1)
	n, err = fmt.Sscan("+17", &x1)
	fmt.Println(n, err, x1)

	// Floats.
	var f32 float32
	var f64 float64
	for _, in := range []string{"1e10", "-2.5E-3", "0x1p-2", "1.5p3", "inf", "-Inf", "NaN", ".5", "1_000.5", "1e400", "abc", "3.4e39"} {
		f64 = 0
		n, err = fmt.Sscan(in, &f64)
		fmt.Println(in, n, err, f64)
		f32 = 0
		n, err = fmt.Sscan(in, &f32)
		fmt.Println(in, n, err, f32)
	}

	// Bools.
	for _, in := range []string{"true", "FALSE", "T", "f", "1", "0", "tru", "yes", "falsey", "trUE"} {
		var bb bool
		n, err = fmt.Sscan(in, &bb)
		fmt.Println(in, n, err, bb)
	}

	// Complex.
	var c128 complex128
	var c64 complex64
	n, err = fmt.Sscan("(1+2i) 3.5-4e1i", &c128, &c64)
	fmt.Println(n, err, c128, c64)
	n, err = fmt.Sscan("1+2", &c128)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &c128)
	fmt.Println(n, err)

	// Strings and byte slices.
	var s1, s2 string
	var bs []byte
	n, err = fmt.Sscan("héllo wörld\n bytes!", &s1, &s2, &bs)
	fmt.Println(n, err, s1, s2, string(bs), len(bs))

	// Unsupported operand types.
	type T struct{ X int }
	var t T
	n, err = fmt.Sscan("1", &t)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)

	// No operands.
	n, err = fmt.Sscan("anything")
	fmt.Println(n, err)
}

// Output:
// 5 <nil> 42 hello 350 true 255
// 1 EOF 7 0
// 0 EOF
// 0 EOF
// 0 expected integer
// 1 expected integer 12
// 0 EOF
// 0 integer overflow on token 200 0
// 0 unsigned integer overflow on token 70000 0
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 0
// 0 expected integer 0
// 6 <nil> 31 5 15 15 -16 1000
// 1 <nil> 0
// 1 <nil> 0
// 1 <nil> 17
// 1e10 1 <nil> 1e+10
// 1e10 1 <nil> 1e+10
// -2.5E-3 1 <nil> -0.0025
// -2.5E-3 1 <nil> -0.0025
// 0x1p-2 1 <nil> 0.25
// 0x1p-2 1 <nil> 0.25
// 1.5p3 1 <nil> 12
// 1.5p3 1 <nil> 12
// inf 1 <nil> +Inf
// inf 1 <nil> +Inf
// -Inf 1 <nil> -Inf
// -Inf 1 <nil> -Inf
// NaN 1 <nil> NaN
// NaN 1 <nil> NaN
// .5 1 <nil> 0.5
// .5 1 <nil> 0.5
// 1_000.5 1 <nil> 1000.5
// 1_000.5 1 <nil> 1000.5
// 1e400 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// 1e400 0 strconv.ParseFloat: parsing "1e400": value out of range 0
// abc 0 strconv.ParseFloat: parsing "": invalid syntax 0
// abc 0 strconv.ParseFloat: parsing "": invalid syntax 0
// 3.4e39 1 <nil> 3.4e+39
// 3.4e39 0 strconv.ParseFloat: parsing "3.4e39": value out of range 0
// true 1 <nil> true
// FALSE 1 <nil> false
// T 1 <nil> true
// f 1 <nil> false
// 1 1 <nil> true
// 0 1 <nil> false
// tru 0 syntax error scanning boolean false
// yes 1 <nil> false
// falsey 1 <nil> false
// trUE 1 <nil> true
// 2 <nil> (1+2i) (3.5-40i)
// 0 syntax error scanning complex number
// 0 syntax error scanning complex number
// 3 <nil> héllo wörld bytes! 6
// 0 can't scan type: *main.T
// 0 type not a pointer: int
// 0 can't scan type: *map[string]int
// 0 <nil>
