// Type switches: with and without a binding, multiple types per case, the nil case, default, init.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string " + x
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v (%T)", x, x)
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape with area %v", x.Area())
	case []int:
		return fmt.Sprint("slice of len ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{
		nil, 41, "hi", true, 2.5, errors.New("boom"),
		Square{2}, &Circle{1}, []int{1, 2}, func() int { return 9 }, 'r', Circle{1},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var s Shape = Square{3}
	switch s.(type) {
	case *Circle:
		fmt.Println("circle")
	case Square:
		fmt.Println("square, no binding")
	}

	switch v := interface{}(uint8(7)); t := v.(type) {
	case int, uint8:
		fmt.Printf("%T %v\n", t, t)
	}

	var nilShape Shape
	switch nilShape.(type) {
	case nil:
		fmt.Println("nil interface value")
	default:
		fmt.Println("not nil")
	}
	var nilPtr *Circle
	s = nilPtr
	switch s.(type) {
	case nil:
		fmt.Println("nil")
	case *Circle:
		fmt.Println("typed nil pointer is a *Circle")
	}
}

// Output:
// nil
// int 42
// string hi
// bool or float64: true (bool)
// bool or float64: 2.5 (float64)
// error boom
// shape with area 4
// shape with area 3
// slice of len 2
// func returning 9
// other int32
// other main.Circle
// square, no binding
// uint8 7
// nil interface value
// typed nil pointer is a *Circle
