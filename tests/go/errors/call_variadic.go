// Errorcheck: misuse of variadic parameters and of the ... spread in calls.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, words ...string) string { return p + strings.Join(words, " ") }

func pair(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(sum(xs...))    // fine
	fmt.Println(sum(1, xs...)) // ERROR "too many arguments in call to sum"
	fmt.Println(sum(xs))       // ERROR "cannot use xs \(variable of type \[\]int\) as int value in argument to sum"
	words := []string{"a", "b"}
	fmt.Println(prefix("x", words...))  // fine
	fmt.Println(sum(words...))          // ERROR "cannot use words \(variable of type \[\]string\) as \[\]int value in argument to sum"
	fmt.Println(pair(xs...))            // ERROR "cannot use \.\.\. in call to non-variadic pair"
	fmt.Println(strings.Join(words...)) // ERROR "cannot use \.\.\. in call to non-variadic strings\.Join"
}
