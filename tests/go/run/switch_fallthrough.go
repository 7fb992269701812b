// fallthrough transfers control to the next case body without testing it.
package main

import "fmt"

func describe(n int) {
	switch {
	case n < 0:
		fmt.Println(n, "negative")
		fallthrough
	case n == 0:
		fmt.Println(n, "non-positive")
	case n < 10:
		fmt.Println(n, "small")
		fallthrough
	case n < 100:
		fmt.Println(n, "less than 100")
		fallthrough
	default:
		fmt.Println(n, "done")
	}
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		describe(n)
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (via fallthrough)")
	case 4:
		fmt.Println("four")
	}
}

// Output:
// -5 negative
// -5 non-positive
// 0 non-positive
// 5 small
// 5 less than 100
// 5 done
// 50 less than 100
// 50 done
// 500 done
// two
// three (via fallthrough)
