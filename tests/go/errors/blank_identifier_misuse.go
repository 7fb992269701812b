// Errorcheck: the blank identifier can be assigned to but never read.
package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	_ = 5 // fine
	a, _ := pair()
	fmt.Println(_) // ERROR "cannot use _ as value"
	b := _         // ERROR "cannot use _ as value"
	c := _ + a     // ERROR "cannot use _ as value"
	var _ int = 3  // fine
	_, _ = pair()  // fine
	for _, _ = range []int{1} {
	}
	x := []int{1}
	x[_] = 2 // ERROR "cannot use _ as value"
	fmt.Println(a, b, c, x)
}
