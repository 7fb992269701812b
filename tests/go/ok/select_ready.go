// select where exactly one case is ready at a time, so the outcome is deterministic;
// receive with comma-ok from a closed channel; a loop of selects driven by a goroutine.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)

	b <- "hello"
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	}

	a <- 42
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	}

	out := make(chan int, 1)
	select {
	case out <- 7:
		fmt.Println("sent 7")
	case v := <-a:
		fmt.Println("unexpected", v)
	}
	fmt.Println(<-out)

	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed:", v, ok)
	}

	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i * 10
		}
		quit <- true
	}()
	sum := 0
	for done := false; !done; {
		select {
		case v := <-data:
			fmt.Println("got", v)
			sum += v
		case <-quit:
			done = true
		}
	}
	fmt.Println("sum", sum)

	// A blocking select with one case behaves like a plain receive.
	res := make(chan string)
	go func() { res <- "from goroutine" }()
	select {
	case s := <-res:
		fmt.Println(s)
	}
}

// Output:
// b hello
// a 42
// sent 7
// 7
// closed: 0 false
// got 10
// got 20
// got 30
// sum 60
// from goroutine
