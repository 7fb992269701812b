// Errorcheck: a for loop is terminating only without condition and without a break that targets it.
package main

import "fmt"

func firstEven(xs []int) int {
	for _, x := range xs {
		if x%2 == 0 {
			return x
		}
	}
} // ERROR "missing return"

func forever() int {
	for {
	}
} // fine: infinite loop without break

func poll(ch chan int) int {
	for {
		v, ok := <-ch
		if !ok {
			break
		}
		if v > 0 {
			return v
		}
	}
} // ERROR "missing return"

func counted(n int) int {
	for i := 0; i < n; i++ {
		return i
	}
} // ERROR "missing return"

func labeled() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

func innerBreak() int {
	for {
		for {
			break // breaks only the inner loop
		}
	}
} // fine

func main() {
	fmt.Println(firstEven(nil), forever, poll(nil), counted(1), labeled(), innerBreak())
}
