// default may appear anywhere and is taken only when nothing matches; fallthrough into and out of it.
package main

import "fmt"

func f(n int) {
	switch n {
	case 1:
		fmt.Println(n, "one")
		fallthrough
	default:
		fmt.Println(n, "default")
		fallthrough
	case 2:
		fmt.Println(n, "two")
	case 3:
		fmt.Println(n, "three")
	}
}

func main() {
	for n := 0; n <= 3; n++ {
		f(n)
	}
	switch x := 5; {
	default:
		fmt.Println("no case matched", x)
	case x > 10:
		fmt.Println("big")
	}
}

// Output:
// 0 default
// 0 two
// 1 one
// 1 default
// 1 two
// 2 two
// 3 three
// no case matched 5
