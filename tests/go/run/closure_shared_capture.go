// Closures capture variables, not values: later changes are visible and writes go back.
package main

import "fmt"

type State struct{ Hits int }

func main() {
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())
	s := State{}
	hit := func() { s.Hits++ }
	hit()
	hit()
	fmt.Println(s.Hits)
	arr := [3]int{1, 2, 3}
	zero := func() { arr[0] = 0 }
	zero()
	fmt.Println(arr)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	nested := func() func() int {
		count := 0
		return func() int {
			count += 10
			msg = fmt.Sprint("count=", count)
			return count
		}
	}()
	nested()
	nested()
	fmt.Println(msg)
	i := 0
	defer func() { fmt.Println("deferred sees i =", i) }()
	i = 42
}

// Output:
// after
// 2
// [0 2 3]
// 6765
// count=20
// deferred sees i = 42
