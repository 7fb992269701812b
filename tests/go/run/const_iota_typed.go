// Constants: iota patterns, typed constants with String methods, and large untyped arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const small = huge >> 98

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small, huge/(1<<99))
	x := FlagA | FlagC
	fmt.Println(x, x&FlagB != 0, x&FlagC != 0, ^x)
	const typed int8 = 100
	fmt.Println(typed/3, typed%7, -typed)
	const f32 float32 = 1.0 / 3
	fmt.Println(f32)
}

// Output:
// Sun Tue Tue
// Tue 2 main.Weekday
// 1024 1.048576e+06 1.073741824e+09
// 0 0 1 10 2 20
// 4 2
// 5 false true 250
// 33 2 -100
// 0.33333334
