// %T prints Go's type names: named types with package, composite types, nil.
package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Alias = int
type S struct{ A int }
type F func(int) string

func main() {
	var a MyInt
	var b Alias
	vals := []interface{}{1, int8(1), uint64(1), 1.5, float32(1), 1i, complex64(1), "s", 'r', byte(1), true,
		a, b, S{}, &S{}, []S{}, map[string][]int{}, [3]*S{}, F(nil), func(a, b int) (bool, error) { return false, nil },
		errors.New("e"), struct{ X int }{}, []interface{}{}, new(interface{}), nil, struct{}{}, [0]int{},
		map[MyInt]Alias{}, &[]string{}, func(...int) {}}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Println(fmt.Sprintf("%T %T", fmt.Println, fmt.Sprintf))
}

// Output:
// int
// int8
// uint64
// float64
// float32
// complex128
// complex64
// string
// int32
// uint8
// bool
// main.MyInt
// int
// main.S
// *main.S
// []main.S
// map[string][]int
// [3]*main.S
// main.F
// func(int, int) (bool, error)
// *errors.errorString
// struct { X int }
// []interface {}
// *interface {}
// <nil>
// struct {}
// [0]int
// map[main.MyInt]int
// *[]string
// func(...int)
// func(...interface {}) (int, error) func(string, ...interface {}) string
