// Condition-only for loops and infinite loops with break and continue.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(collatz(27))

	i := 0
	for {
		i++
		if i == 3 {
			continue
		}
		if i > 5 {
			break
		}
		fmt.Println("iteration", i)
	}
	fmt.Println("after loop", i)

	x := 1
	for x < 1000 {
		x <<= 1
	}
	fmt.Println(x)

	count := 0
	for {
		count++
		if count >= 4 {
			break
		}
	}
	fmt.Println(count)
}

// Output:
// 111
// iteration 1
// iteration 2
// iteration 4
// iteration 5
// after loop 6
// 1024
// 4
