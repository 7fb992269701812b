// for k, a[k] = range: the index operand of a[k] is evaluated before k is assigned (tuple assignment).
package main

import "fmt"

func main() {
	j := 0
	var a [3]int
	for j, a[j] = range []int{10, 20, 30} {
	}
	fmt.Println(j, a)
}

// Output:
// 2 [20 30 0]
