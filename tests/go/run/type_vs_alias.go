// A defined type is a new type with its own method set; an alias is just another name (%T shows it).
package main

import "fmt"

type mytype int32
type myalias = int32

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Temp = Celsius

type IntSlice []int
type StrMap = map[string]int

func main() {
	var a mytype = 1
	var b myalias = 2
	var c int32 = 3
	fmt.Printf("%T %T %T\n", a, b, c)
	c = b
	a = mytype(c)
	fmt.Println(a, b, c)
	var t Temp = 36.6
	fmt.Printf("%T %v\n", t, t)
	s := IntSlice{1, 2}
	m := StrMap{"k": 1}
	fmt.Printf("%T %T %v %v\n", s, m, s, m)
	var r rune = 'x'
	var by byte = 'y'
	fmt.Printf("%T %T\n", r, by)
	var e interface{} = b
	_, isInt32 := e.(int32)
	_, isMy := e.(mytype)
	fmt.Println(isInt32, isMy)
}

// Output:
// main.mytype int32 int32
// 2 2 2
// main.Celsius 36.6C
// main.IntSlice map[string]int [1 2] map[k:1]
// int32 uint8
// true false
