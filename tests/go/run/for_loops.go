// Three-clause, condition-only and infinite for loops with break.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
	var x uint8
	count := 0
	for x = 250; x != 4; x++ {
		count++
	}
	fmt.Println(count)
}

// Output:
// 5050
// 2187
// 6
// 0 10
// 1 8
// 2 6
// 3 4
// 10
