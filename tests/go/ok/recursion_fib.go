// Recursion: naive and memoized Fibonacci, factorial, Ackermann, and recursive closures.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), ";")
	}
	fmt.Println()
	fmt.Println(fib(25))

	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := mfib(n-1) + mfib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(mfib(90))

	fmt.Println(fact(20))
	fmt.Println(ackermann(2, 3))
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println(moves)

	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(10000))
}

// Output:
// 0;1;1;2;3;5;8;13;21;34;55;
// 75025
// 2880067194370816120
// 2432902008176640000
// 9
// 1023
// 10000
