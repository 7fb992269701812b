// go statements with sync.WaitGroup; each goroutine writes its own slot, so output is deterministic.
package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i * i
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < len(results); i++ {
		wg.Add(1)
		go square(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)

	words := []string{"alpha", "beta", "gamma"}
	lengths := make([]int, len(words))
	wg.Add(len(words))
	for i, w := range words {
		i, w := i, w
		go func() {
			defer wg.Done()
			lengths[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(lengths)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}

// Output:
// [0 1 4 9 16 25 36 49]
// [5 4 5]
// 5050
