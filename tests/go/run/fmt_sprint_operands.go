// Print/Sprint spacing: a space goes between operands when neither side is a string.
package main

import (
	"errors"
	"fmt"
)

type S struct{ A int }
type Str string

func main() {
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(S{1}, S{2}), fmt.Sprint(errors.New("e"), 3))
	fmt.Println(fmt.Sprint(Str("x"), Str("y")), fmt.Sprint(Str("x"), 1))
	fmt.Println(fmt.Sprint(nil, 1, nil), fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%s %q\n", fmt.Sprint(1.5, true, 'x'), fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Print("x", 1, 2, "y", "z", 3.0, "\n")
	fmt.Print(S{1}, "\n")
}

// Output:
// 1 2 ab 1a2
// {1} {2} e 3
// xy x1
// <nil> 1 <nil> [1] [2]
// 1.5 true 120 ""
// "\n"
// "a 1 b\n"
// x1 2yz3
// {1}
