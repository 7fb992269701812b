// A small algorithmic program: sieve of Eratosthenes over a []bool, prime factorization, and gcd/lcm.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(factor(360), factor(97), factor(1001))
	fmt.Println(gcd(84, 36), 84/gcd(84, 36)*36)
	count := 0
	for _, p := range sieve(10000) {
		if p%10 == 7 {
			count++
		}
	}
	fmt.Println(count)
}

// Output:
// 25 [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97]
// map[2:3 3:2 5:1] map[97:1] map[7:1 11:1 13:1]
// 12 252
// 308
