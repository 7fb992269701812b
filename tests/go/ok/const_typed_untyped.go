// Typed and untyped constants: default types, exact untyped arithmetic, typed constant conversions.
package main

import "fmt"

type Celsius float64

const (
	untypedInt   = 7
	untypedFloat = 7.5
	untypedRune  = 'x'
	untypedStr   = "str"
	untypedBool  = 3 > 2
	untypedCplx  = 2i
)

const typedInt int8 = 100
const typedStr string = "typed"
const boiling Celsius = 100

const third = 1.0 / 3
const exact = third * 3 // exact in untyped arithmetic
const intDiv = 7 / 2
const floatDiv = 7 / 2.0
const mixed = 'a' + 1

func main() {
	a := untypedInt
	b := untypedFloat
	c := untypedRune
	d := untypedStr
	e := untypedBool
	f := untypedCplx
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	fmt.Println(a, b, c, d, e, f)

	var f32 float32 = untypedInt // an untyped int constant fits float32
	var by byte = untypedRune
	fmt.Println(f32, by)

	fmt.Printf("%T %v\n", typedInt, typedInt)
	fmt.Printf("%T %v\n", typedStr, typedStr)
	fmt.Printf("%T %v\n", boiling, boiling)
	fmt.Printf("%T %v\n", boiling/3, boiling/3)

	fmt.Println(exact == 1, intDiv, floatDiv)
	fmt.Printf("%T %v %c\n", mixed, mixed, mixed)

	const local = 1 << 10
	var i16 int16 = local
	var u uint = local
	fmt.Println(i16, u, local/3, local%1000)
}

// Output:
// int float64 int32 string bool complex128
// 7 7.5 120 str true (0+2i)
// 7 120
// int8 100
// string typed
// main.Celsius 100
// main.Celsius 33.333333333333336
// true 3 3.5
// int32 98 b
// 1024 1024 341 24
