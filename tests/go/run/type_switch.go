// Type switches: single and multiple types per case, nil case, default, and the bound variable's type.
package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", errors.New("bad"), Dog{}, []int{1, 2}, 3.5,
		func() int { return 7 }, int8(1), struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal
	switch a.(type) {
	case nil:
		fmt.Println("nil animal")
	default:
		fmt.Println("something")
	}
	var d *Dog
	var ai interface{} = d
	switch ai.(type) {
	case nil:
		fmt.Println("nil")
	case *Dog:
		fmt.Println("typed nil *Dog")
	}
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// string of len 3
// error: bad
// animal says woof
// slice 2
// other float64
// func 7
// other int8
// other struct {}
// nil animal
// typed nil *Dog
