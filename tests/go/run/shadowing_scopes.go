// Block scoping and shadowing with :=, if/else chains and switch init statements.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("else", x, y)
	}
	fmt.Println(x)
	{
		x := 3.5
		x++
		fmt.Println("block", x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(a, b, err)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	switch x := len(x); {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
}

// Output:
// package
// if 1
// main
// block 4.5
// 1 2 e
// loop 0
// loop 10
// switch 4
// main
