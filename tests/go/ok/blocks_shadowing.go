// Nested blocks and shadowing: explicit blocks, shadowed variables, shadowed package names and predeclared identifiers.
package main

import "fmt"

var x = "package x"

func show() { fmt.Println(x) }

func main() {
	show()
	x := "main x"
	fmt.Println(x)
	{
		x := "block x"
		fmt.Println(x)
		{
			x := 3
			x++
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	show()

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}

	if x := true; x {
		x := "if-scoped"
		fmt.Println(x)
	}

	switch x := 5; x {
	case 5:
		x := "case-scoped"
		fmt.Println(x)
	}

	{
		true := false // shadowing a predeclared constant
		fmt.Println(true)
	}
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
	}
	fmt.Println(len("abc"))

	{
		fmt := "shadowed package name"
		_ = fmt
	}
	fmt.Println("fmt is back")

	type int = string // a local alias that shadows int
	var s int = "not a number"
	fmt.Println(s)

	y := 1
	func() {
		y := 2
		_ = y
	}()
	func() {
		y = 3
	}()
	fmt.Println(y)
}

// Output:
// package x
// main x
// block x
// 4
// block x
// main x
// package x
// loop 0
// loop 10
// if-scoped
// case-scoped
// false
// 42
// 3
// fmt is back
// not a number
// 3
