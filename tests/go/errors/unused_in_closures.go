// Errorcheck: unused variables inside function literals and unused variables captured by nothing.
package main

import "fmt"

func main() {
	counter := 0
	inc := func() {
		counter++
	}
	inc()

	handlers := map[string]func(int) int{
		"double": func(n int) int {
			tmp := n * 2 // ERROR "declared and not used: tmp"
			return n + n
		},
		"square": func(n int) int {
			return n * n
		},
	}
	for name, h := range handlers {
		fmt.Println(name, h(3))
	}

	go func() {
		msg := "never printed" // ERROR "declared and not used: msg"
	}()

	defer func() {
		if r := recover(); r != nil {
			err := fmt.Errorf("%v", r) // ERROR "declared and not used: err"
		}
	}()

	compute := func(x int) (result int) {
		scratch := x // ERROR "declared and not used: scratch"
		result = x + 1
		return
	}
	fmt.Println(compute(1), counter)
}
