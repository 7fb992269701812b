// goto: backward jumps forming a loop, forward jumps skipping code, and goto out of nested blocks.
package main

import "fmt"

func loopWithGoto(n int) int {
	i, sum := 0, 0
again:
	if i < n {
		sum += i
		i++
		goto again
	}
	return sum
}

func find(grid [][]int, want int) (r, c int) {
	for r = range grid {
		for c = range grid[r] {
			if grid[r][c] == want {
				goto done
			}
		}
	}
	return -1, -1
done:
	return r, c
}

func skip(x int) string {
	s := "start"
	if x > 0 {
		goto positive
	}
	s += " non-positive"
	return s
positive:
	s += " positive"
	return s
}

func main() {
	fmt.Println(loopWithGoto(5))
	fmt.Println(find([][]int{{1, 2}, {3, 4}, {5, 6}}, 4))
	fmt.Println(find([][]int{{1}}, 9))
	fmt.Println(skip(1))
	fmt.Println(skip(-1))

	n := 0
top:
	n++
	if n < 3 {
		fmt.Println("n =", n)
		goto top
	}
	fmt.Println("final", n)
}

// Output:
// 10
// 1 1
// -1 -1
// start positive
// start non-positive
// n = 1
// n = 2
// final 3
