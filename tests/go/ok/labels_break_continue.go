// Labeled break and continue on nested for loops, and break out of switch and select inside loops.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	// find the first pair with a given sum
	nums := []int{3, 8, 1, 9, 4}
	target := 13
	found := false
search:
	for a := range nums {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == target {
				fmt.Println("pair", nums[a], nums[b])
				found = true
				break search
			}
		}
	}
	fmt.Println("found", found)

	// break inside switch only leaves the switch; a labeled break leaves the loop
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
			if n == 1 {
				break
			}
			fmt.Println("n is", n)
		}
	}
	fmt.Println("after loop n =", n)

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	count := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%2 == 0 {
				continue recv
			}
			count++
		}
	}
	fmt.Println("odd values", count)

	// labeled continue with a range loop
rows:
	for _, row := range [][]int{{1, 2}, {-1, 5}, {3, 4}} {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		fmt.Println("row ok", row)
	}

	// a label on a block, broken out of from within
	{
	block:
		for {
			break block
		}
		fmt.Println("left block loop")
	}
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// pair 9 4
// found true
// n is 2
// n is 3
// after loop n = 3
// odd values 2
// row ok [1 2]
// row ok [3 4]
// left block loop
