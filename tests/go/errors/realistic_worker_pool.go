// Errorcheck: a worker-pool program using goroutines, channels and sync with typical mistakes.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Length int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		results <- Result{JobID: job.ID, Length: len(job.Input)}
		jobs <- job // ERROR "invalid operation: cannot send to receive-only channel jobs \(variable of type <-chan Job\)"
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, jobs, results, wg) // ERROR "cannot use wg \(variable of type sync\.WaitGroup\) as \*sync\.WaitGroup value in argument to worker"
	}
	inputs := []string{"a", "bb", "ccc"}
	for i, in := range inputs {
		jobs <- Job{i, in}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	timeout := time.After(2 * time.Second)
	total := 0
	for {
		select {
		case r, ok := <-results:
			if !ok {
				fmt.Println("total", total)
				return
			}
			total += r.Len // ERROR "r\.Len undefined \(type Result has no field or method Len"
		case <-timeout:
			fmt.Println("timeout after", timeout)
			return
		}
	}
	fmt.Println("unreachable") // fine for the compiler (vet would warn)
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock(1)    // ERROR "too many arguments in call to mu\.Unlock"
	time.Sleep(100) // fine: untyped constant converts to Duration
	d := 3
	time.Sleep(d) // ERROR "cannot use d \(variable of type int\) as time\.Duration value in argument to time\.Sleep"
}
