// Type assertions to concrete and interface types, with comma-ok, and recovered failures.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)

	n, ok := i.(int)
	fmt.Println(n, ok)
	s2, ok := i.(string)
	fmt.Println(s2, ok)

	var v interface{} = Num(5)
	if st, ok := v.(Stringer); ok {
		fmt.Println("is Stringer:", st.String())
	}
	if _, ok := v.(fmt.Stringer); ok {
		fmt.Println("is fmt.Stringer too")
	}
	if _, ok := v.(Animal); !ok {
		fmt.Println("not an Animal")
	}
	num := v.(Num)
	fmt.Println(int(num) + 1)

	var a Animal = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d.Sound(), ok)
	_, ok = a.(Stringer)
	fmt.Println(ok)

	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println("nil assertion ok:", ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = i.(float64)
	}()

	vals := []interface{}{1, "two", 3.0, Num(4)}
	total := 0
	for _, x := range vals {
		if k, ok := x.(int); ok {
			total += k
		} else if f, ok := x.(float64); ok {
			total += int(f)
		} else if nn, ok := x.(Num); ok {
			total += int(nn)
		}
	}
	fmt.Println(total)

	m := map[string]interface{}{"age": 30}
	age, ok := m["age"].(int)
	fmt.Println(age, ok)
}

// Output:
// hello
// 0 false
// hello true
// is Stringer: Num(5)
// is fmt.Stringer too
// not an Animal
// 6
// woof true
// false
// nil assertion ok: false
// recovered: interface conversion: interface {} is string, not float64
// 8
// 30 true
