// The three-clause for loop, including empty clauses, multiple variables and nested loops.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}

	k := 0
	for ; k < 3; k++ {
	}
	fmt.Println(k)

	n := 1
	for ; n < 100; { // empty init and post (gofmt would simplify this)
		n *= 3
	}
	fmt.Println(n)

	for i := 1; i <= 3; i++ {
		line := ""
		for j := 1; j <= 3; j++ {
			line += fmt.Sprint(i * j)
			if j < 3 {
				line += " "
			}
		}
		fmt.Println(line)
	}

	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, ";")
	}
	fmt.Println()

	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, ";")
	}
	fmt.Println()
}

// Output:
// 45
// 0 10
// 1 8
// 2 6
// 3 4
// 3
// 243
// 1 2 3
// 2 4 6
// 3 6 9
// 10;5;2;1;
// 0;3;6;9;
