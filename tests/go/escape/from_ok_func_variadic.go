// Variadic functions: zero, one and many arguments, and passing a slice with xs...
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int { // ERROR "nums does not escape"
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string { // ERROR "sep does not escape" "leaking param: parts to result ~r0 level=1"
	return strings.Join(parts, sep)
}

func count(xs ...interface{}) int { return len(xs) } // ERROR "xs does not escape"

func isNil(xs ...int) bool { return xs == nil } // ERROR "xs does not escape"

func modify(xs ...int) { // ERROR "xs does not escape"
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum()) // ERROR "\.\.\. argument does not escape" "sum\(nil\.\.\.\) escapes to heap"
	fmt.Println(sum(5)) // ERROR "\.\.\. argument does not escape" "sum\(\.\.\. argument\.\.\.\) escapes to heap" "\.\.\. argument does not escape"
	fmt.Println(sum(1, 2, 3, 4)) // ERROR "\.\.\. argument does not escape" "sum\(\.\.\. argument\.\.\.\) escapes to heap" "\.\.\. argument does not escape"
	xs := []int{10, 20, 30} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	fmt.Println(sum(xs...)) // ERROR "\.\.\. argument does not escape" "sum\(xs\.\.\.\) escapes to heap"
	fmt.Println(join("-", "a", "b", "c")) // ERROR "\.\.\. argument does not escape" "join\(\"-\", \.\.\. argument\.\.\.\) escapes to heap" "\.\.\. argument does not escape"
	fmt.Println(join("+")) // ERROR "\.\.\. argument does not escape" "join\(\"\+\", nil\.\.\.\) escapes to heap"
	words := []string{"x", "y"} // ERROR "\[\]string\{\.\.\.\} does not escape"
	fmt.Println(join(", ", words...)) // ERROR "\.\.\. argument does not escape" "join\(\", \", words\.\.\.\) escapes to heap"
	fmt.Println(count(1, "two", 3.0, nil)) // ERROR "\.\.\. argument does not escape" "count\(\.\.\. argument\.\.\.\) escapes to heap" "\.\.\. argument does not escape" "1 does not escape" "\"two\" does not escape" "3\.0 does not escape"
	fmt.Println(isNil(), isNil(1)) // ERROR "\.\.\. argument does not escape" "isNil\(nil\.\.\.\) escapes to heap" "isNil\(\.\.\. argument\.\.\.\) escapes to heap" "\.\.\. argument does not escape"
	modify(xs...) // the slice is passed through, not copied
	fmt.Println(xs) // ERROR "\.\.\. argument does not escape" "xs escapes to heap"
	modify(1, 2) // ERROR "\.\.\. argument does not escape"
	args := []interface{}{"via", "Println", 3} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape" "\"via\" escapes to heap" "\"Println\" escapes to heap" "3 escapes to heap"
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
