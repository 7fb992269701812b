// sync.Mutex protecting shared state (a struct with an embedded-by-field mutex and methods),
// with goroutines joined by a WaitGroup; the final totals are deterministic.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) { // ERROR "leaking param: c" "leaking param: key"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

func (c *SafeCounter) Value(key string) int { // ERROR "leaking param: c" "key does not escape"
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}

func main() {
	c := SafeCounter{counts: make(map[string]int)} // ERROR "moved to heap: c" "make\(map\[string\]int\) escapes to heap"
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	keys := []string{"a", "b", "c"} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) { // ERROR "func literal escapes to heap"
			defer wg.Done()
			for j := 0; j <= i%3; j++ {
				c.Inc(keys[j])
			}
		}(i)
	}
	wg.Wait()
	for _, k := range keys {
		fmt.Println(k, c.Value(k)) // ERROR "\.\.\. argument does not escape" "k escapes to heap" "\(\*SafeCounter\)\.Value\(c, k\) escapes to heap"
	}

	var mu sync.Mutex // ERROR "moved to heap: mu"
	var results []int // ERROR "moved to heap: results"
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) { // ERROR "func literal escapes to heap"
			defer wg.Done()
			mu.Lock()
			results = append(results, n*n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println(results) // ERROR "\.\.\. argument does not escape" "results escapes to heap"
}

// Output:
// a 30
// b 20
// c 10
// [0 1 4 9 16 25 36 49 64 81]
