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

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}

func main() {
	c := SafeCounter{counts: make(map[string]int)}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j <= i%3; j++ {
				c.Inc(keys[j])
			}
		}(i)
	}
	wg.Wait()
	for _, k := range keys {
		fmt.Println(k, c.Value(k))
	}

	var mu sync.Mutex
	var results []int
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			results = append(results, n*n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println(results)
}

// Output:
// a 30
// b 20
// c 10
// [0 1 4 9 16 25 36 49 64 81]
