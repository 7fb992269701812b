// Errorcheck: calls with too few or too many arguments.
package main

import (
	"fmt"
	"strings"
)

func add(a, b int) int { return a + b }
func greet()           { fmt.Println("hi") }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	fmt.Println(add(1))       // ERROR "not enough arguments in call to add\n\thave \(number\)\n\twant \(int, int\)"
	fmt.Println(add(1, 2, 3)) // ERROR "too many arguments in call to add\n\thave \(number, number, number\)\n\twant \(int, int\)"
	greet(1)                  // ERROR "too many arguments in call to greet"
	var s Stack
	s.Push()                          // ERROR "not enough arguments in call to s\.Push"
	s.Push(1, 2)                      // ERROR "too many arguments in call to s\.Push"
	fmt.Println(strings.Repeat("ab")) // ERROR "not enough arguments in call to strings\.Repeat"
	f := func(x int, y string) {}
	f(1)          // ERROR "not enough arguments in call to f"
	f(1, "a")     // fine
	fmt.Println() // fine: variadic with zero arguments
}
