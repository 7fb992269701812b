// Goroutines connected by channels: ping-pong, a pipeline and a fan-in collected in order.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func doubler(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			pong <- msg + "-pong"
		}
	}()
	for i := 0; i < 3; i++ {
		ping <- fmt.Sprint("ping", i)
		fmt.Println(<-pong)
	}

	nums := make(chan int)
	doubled := make(chan int)
	go producer(5, nums)
	go doubler(nums, doubled)
	for v := range doubled {
		fmt.Print(v, ";")
	}
	fmt.Println()

	// each worker answers on its own channel, read back in order
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(id int, c chan int) {
			c <- id * 100
		}(i, chans[i])
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}

	done := make(chan struct{})
	go func() {
		fmt.Println("worker running")
		close(done)
	}()
	<-done
	fmt.Println("main done")
}

// Output:
// ping0-pong
// ping1-pong
// ping2-pong
// 2;4;6;8;10;
// 0
// 100
// 200
// 300
// worker running
// main done
