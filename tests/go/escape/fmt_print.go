// fmt's print family: the ... slice does not escape, boxed arguments do.
package main

import "fmt"

type P struct{ a, b int }

func main() {
	x := 1
	s := "two"
	p := P{3, 4} // ERROR "moved to heap: p"
	fmt.Println(x, s, p) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap" "p escapes to heap"
	fmt.Println(&p) // ERROR "\.\.\. argument does not escape"
	fmt.Printf("%d %s\n", x, s) // ERROR "\.\.\. argument does not escape" "x escapes to heap" "s escapes to heap"
	str := fmt.Sprintf("%v", p) // ERROR "\.\.\. argument does not escape" "p escapes to heap"
	fmt.Print(str, "\n") // ERROR "\.\.\. argument does not escape" "str escapes to heap" "\"\\\\n\" escapes to heap"
	err := fmt.Errorf("bad %d", x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
	fmt.Println(err) // ERROR "\.\.\. argument does not escape"
	fmt.Println()
	fmt.Println("constant", 3.5, true) // ERROR "\.\.\. argument does not escape" "\"constant\" escapes to heap" "3\.5 escapes to heap" "true escapes to heap"
}
