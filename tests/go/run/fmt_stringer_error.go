// Stringer and error methods are used by %v/%s at any depth (slices, maps, struct fields), error first.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Box struct {
	C     Color
	Err   error
	inner Color
}

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{0: 10, 1: 20})
	fmt.Println(map[string]Color{"a": 1})
	fmt.Printf("%v %+v\n", Box{1, errors.New("e"), 0}, Box{C: 0})
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Printf("%v %s\n", &t, []*Temp{&t})
	fmt.Println(Both{}, []Both{{}})
	fmt.Printf("%v %s %#v\n", Both{}, Both{}, Color(1))
	var err error = Both{}
	fmt.Println(err)
	arr := [2]Color{1, 0}
	fmt.Printf("%v %d\n", arr, arr)
	type Wrapper struct{ Inner fmt.Stringer }
	fmt.Printf("%v %+v\n", Wrapper{Color(0)}, Wrapper{})
}

// Output:
// red green Color(5)
// green green 1 "green" 677265656e
// [red green Color(2)]
// map[red:10 green:20]
// map[a:green]
// {green e 0} {C:red Err:<nil> inner:0}
// 21.5 21.5°
// 21.5° [21.5°]
// as-error [as-error]
// as-error as-error 1
// as-error
// [green red] [1 0]
// {red} {Inner:<nil>}
