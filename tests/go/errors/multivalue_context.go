// Errorcheck: a multi-value call used where a single value is expected.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }
func square(x int) int           { return x * x }
func pair(a, b int) int          { return a + b }

func main() {
	total := divmod(7, 2) + 1         // ERROR "multiple-value divmod\(7, 2\) \(value of type \(int, int\)\) in single-value context"
	fmt.Println(square(divmod(7, 2))) // ERROR "too many arguments in call to square"
	fmt.Println(pair(divmod(7, 2)))   // fine: f(g()) with matching results
	fmt.Println(divmod(7, 2))         // fine
	xs := []int{1, 2, 3}
	fmt.Println(xs[strconv.Atoi("1")])     // ERROR "multiple-value strconv\.Atoi\(.1.\) \(value of type \(int, error\)\) in single-value context"
	v := map[string]int{"q": divmod(9, 2)} // ERROR "multiple-value divmod\(9, 2\) \(value of type \(int, int\)\) in single-value context"
	if strconv.Atoi("3") {                 // ERROR "multiple-value strconv\.Atoi\(.3.\) \(value of type \(int, error\)\) in single-value context"
	}
	fmt.Println(total, v)
}
