// A worker pool: jobs and results channels, several workers, results gathered and sorted, plus
// a semaphore channel limiting concurrency and a result slice indexed by job id.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, value int
}

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	for _, r := range all {
		fmt.Print(r.value, ";")
	}
	fmt.Println()

	sem := make(chan struct{}, 2)
	out := make([]string, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sem <- struct{}{}
			out[i] = fmt.Sprintf("job%d", i)
			<-sem
		}(i)
	}
	wg2.Wait()
	fmt.Println(out)
}

// Output:
// 1;8;27;64;125;216;343;512;729;
// [job0 job1 job2 job3 job4]
