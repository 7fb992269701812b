// fmt honours the Stringer (String() string) and error interfaces on values, pointers and inside collections.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Err struct{ msg string }

func (e Err) Error() string { return "err: " + e.msg }

type Both struct{}

func (Both) String() string { return "string wins?" }
func (Both) Error() string  { return "error wins" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Green: 2, Red: 1})
	t := Temp(21.5)
	fmt.Println(t, &t) // only *Temp has String
	fmt.Println(Err{"boom"})
	var e error = Err{"x"}
	fmt.Println(e)
	fmt.Printf("%v|%s\n", e, e)
	fmt.Println(Both{})
	s := fmt.Sprint(Red, " and ", Green)
	fmt.Println(s)
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), st)
	type wrapper struct{ C Color }
	fmt.Printf("%v %+v\n", wrapper{Blue}, wrapper{Green})
}

// Output:
// Red Blue Color(7)
// Green Green 1 "Green"
// [Blue Red]
// map[Red:1 Green:2]
// 21.5 21.5°
// err: boom
// err: x
// err: x|err: x
// error wins
// Red and Green
// Blue Blue
// {Blue} {C:Green}
