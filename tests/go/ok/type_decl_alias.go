// Defined types versus aliases: identity, conversions and what %T prints.
package main

import "fmt"

type mytype int32
type myalias = int32

type Name string
type NameAlias = Name
type IntSlice []int
type Pair struct{ A, B int }
type PairAlias = Pair

func (n Name) Greet() string { return "hello " + string(n) }

func takesInt32(v int32) int32 { return v * 2 }

func main() {
	var t mytype = 5
	var a myalias = 5
	fmt.Printf("%T %T\n", t, a)
	fmt.Println(takesInt32(a), takesInt32(int32(t)))

	var n NameAlias = "bob"
	fmt.Printf("%T %s\n", n, n.Greet())

	s := IntSlice{1, 2, 3}
	fmt.Printf("%T %v\n", s, s)
	var plain []int = s // assignable: identical underlying types, one side unnamed
	fmt.Printf("%T %v\n", plain, plain)

	p := PairAlias{1, 2}
	var q Pair = p
	fmt.Printf("%T %v %v\n", p, q, p == q)

	var b byte = 'A'
	var r rune = 'B'
	var u8 uint8 = b
	var i32 int32 = r
	fmt.Printf("%T %T %T %T\n", b, r, u8, i32)

	type local mytype
	l := local(t + 1)
	fmt.Printf("%T %v\n", l, l)

	var any interface{} = t
	_, isInt32 := any.(int32)
	_, isMy := any.(mytype)
	fmt.Println(isInt32, isMy)
	any = a
	_, isInt32 = any.(int32)
	fmt.Println(isInt32)
}

// Output:
// main.mytype int32
// 10 10
// main.Name hello bob
// main.IntSlice [1 2 3]
// []int [1 2 3]
// main.Pair {1 2} true
// uint8 int32 uint8 int32
// main.local 6
// false true
// true
