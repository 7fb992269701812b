// Channel types with direction: send-only and receive-only parameters and results,
// conversion of a bidirectional channel, and chan of chan types.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func counterChan(limit int) <-chan int {
	c := make(chan int, limit)
	for i := 1; i <= limit; i++ {
		c <- i
	}
	close(c)
	return c
}

func main() {
	ch := make(chan int)
	go produce(ch, 5)
	fmt.Println(consume(ch))

	ro := counterChan(3)
	for v := range ro {
		fmt.Print(v, ";")
	}
	fmt.Println()

	bi := make(chan string, 1)
	var so chan<- string = bi
	var rc <-chan string = bi
	so <- "via send-only"
	fmt.Println(<-rc)

	reqs := make(chan chan<- int, 1)
	resp := make(chan int, 1)
	reqs <- resp
	(<-reqs) <- 11
	fmt.Println(<-resp)

	fmt.Printf("%T %T %T\n", so, rc, reqs)
	var c2 <-chan <-chan int
	fmt.Printf("%T %v\n", c2, c2 == nil)
}

// Output:
// 10
// 1;2;3;
// via send-only
// 11
// chan<- string <-chan string chan chan<- int
// <-chan <-chan int true
