// Errorcheck: range over values that cannot be ranged over, and iteration variables that do not fit.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	f := 1.5
	for i := range f { // ERROR "cannot range over f \(variable of type float64\)"
		fmt.Println(i)
	}
	p := Point{}
	for k, v := range p { // ERROR "cannot range over p \(variable of type Point\)"
		fmt.Println(k, v)
	}
	arr := [3]int{}
	for i, v := range &arr { // fine: pointer to array
		fmt.Println(i, v)
	}
	xs := &[]int{1}
	for range xs { // ERROR "cannot range over xs \(variable of type \*\[\]int\)"
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		fmt.Println(i, v)
	}
	var s string
	for i, r := range "héllo" {
		s = r // ERROR "cannot use r \(variable of type rune\) as string value in assignment"
		fmt.Println(i)
	}
	fn := func() {}
	for x := range fn { // ERROR "cannot range over fn \(variable of type func\(\)\)"
		fmt.Println(x)
	}
	fmt.Println(s)
}
