// Deep mutual recursion and recursive closures with deferred calls at each level.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	fmt.Println(isEven(100000), isOdd(77777))
	var count func(n int) int
	count = func(n int) int {
		if n == 0 {
			return 0
		}
		return count(n-1) + 1
	}
	fmt.Println(count(100000))
	total := 0
	var withDefer func(n int)
	withDefer = func(n int) {
		if n == 0 {
			return
		}
		defer func() { total += n }()
		withDefer(n - 1)
	}
	withDefer(10000)
	fmt.Println(total)
}

// Output:
// true true
// 100000
// 50005000
