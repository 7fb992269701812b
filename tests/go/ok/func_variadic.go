// Variadic functions: zero, one and many arguments, and passing a slice with xs...
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(xs ...interface{}) int { return len(xs) }

func isNil(xs ...int) bool { return xs == nil }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(5))
	fmt.Println(sum(1, 2, 3, 4))
	xs := []int{10, 20, 30}
	fmt.Println(sum(xs...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join("+"))
	words := []string{"x", "y"}
	fmt.Println(join(", ", words...))
	fmt.Println(count(1, "two", 3.0, nil))
	fmt.Println(isNil(), isNil(1))
	modify(xs...) // the slice is passed through, not copied
	fmt.Println(xs)
	modify(1, 2)
	args := []interface{}{"via", "Println", 3}
	fmt.Println(args...)
}

// Output:
// 0
// 5
// 10
// 60
// a-b-c
//
// x, y
// 4
// true false
// [100 20 30]
// via Println 3
