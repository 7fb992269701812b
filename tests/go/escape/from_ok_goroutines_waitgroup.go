// go statements with sync.WaitGroup; each goroutine writes its own slot, so output is deterministic.
package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) { // ERROR "out does not escape" "leaking param: wg"
	defer wg.Done()
	out[i] = i * i
}

func main() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg"
	results := make([]int, 8) // ERROR "make\(\[\]int, 8\) escapes to heap"
	for i := 0; i < len(results); i++ {
		wg.Add(1)
		go square(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results) // ERROR "\.\.\. argument does not escape" "results escapes to heap"

	words := []string{"alpha", "beta", "gamma"} // ERROR "\[\]string\{\.\.\.\} does not escape"
	lengths := make([]int, len(words)) // ERROR "make\(\[\]int, len\(words\)\) escapes to heap"
	wg.Add(len(words))
	for i, w := range words {
		i, w := i, w
		go func() { // ERROR "func literal escapes to heap"
			defer wg.Done()
			lengths[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(lengths) // ERROR "\.\.\. argument does not escape" "lengths escapes to heap"

	var mu sync.Mutex // ERROR "moved to heap: mu"
	total := 0 // ERROR "moved to heap: total"
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) { // ERROR "func literal escapes to heap"
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total) // ERROR "\.\.\. argument does not escape" "total escapes to heap"
}

// Output:
// [0 1 4 9 16 25 36 49]
// [5 4 5]
// 5050
