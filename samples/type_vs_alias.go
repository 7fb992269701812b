// type_vs_alias.go — a defined type versus an alias.
//
// `type mytype int32` DEFINES a new, distinct type: it has its own name (shown by %T), its
// own method set, and needs an explicit conversion to or from int32.
// `type myalias = int32` only gives int32 another NAME: myalias and int32 are the same type,
// so %T prints "int32" and values mix freely.
package main

import "fmt"

type mytype int32
type myalias = int32

// Methods can be declared on the defined type (but not on int32, nor via the alias).
func (m mytype) Double() mytype { return m * 2 }

func main() {
	var a mytype = 21
	var b myalias = 21
	var c int32 = 21

	fmt.Printf("a: %T = %v\n", a, a)
	fmt.Printf("b: %T = %v\n", b, b)
	fmt.Printf("c: %T = %v\n", c, c)

	c = b        // fine: same type
	c = int32(a) // a defined type needs a conversion
	fmt.Println(a.Double(), c)

	// In interfaces the dynamic types differ too.
	var x, y interface{} = a, b
	_, xIsInt32 := x.(int32)
	_, yIsInt32 := y.(int32)
	fmt.Println(xIsInt32, yIsInt32)
	fmt.Println(x == interface{}(mytype(21)), y == interface{}(int32(21)))
}

// Output:
// a: main.mytype = 21
// b: int32 = 21
// c: int32 = 21
// 42 21
// false true
// true true
