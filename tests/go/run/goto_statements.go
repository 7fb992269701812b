// goto jumps to a label in the same function, forward or backward.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
done:
	return steps
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	i := 0
top:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto top
	}
	func() {
		for j := 0; j < 10; j++ {
			if j == 2 {
				goto end
			}
			fmt.Println("j =", j)
		}
	end:
		fmt.Println("end")
	}()
}

// Output:
// 111 0 8
// i = 0
// i = 1
// i = 2
// j = 0
// j = 1
// end
