// Functions with multiple results, named results, bare returns and blank identifiers.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (s string, n int, ok bool) {
	s = "set"
	return s + "!", 3, true
}

func zeroNamed() (a int, b string, c []int) { return }

func forward() (int, int) { return divmod(17, 5) }

func sum3(a, b, c int) int { return a + b + c }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	s, n, ok := named()
	fmt.Println(s, n, ok)
	a, b, c := zeroNamed()
	fmt.Println(a, b == "", c == nil)
	_, rem := forward()
	fmt.Println(rem)
	fmt.Println(sum3(1, 2, 3))
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	fmt.Println(divmod(forward()))
}

// Output:
// 3 2
// 7 10
// set! 3 true
// 0 true true
// 2
// 6
// world hello
// 1 1
