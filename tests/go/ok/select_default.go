// select with a default case: non-blocking send and receive.
package main

import "fmt"

func tryRecv(ch chan int) {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	tryRecv(ch)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	tryRecv(ch)
	tryRecv(ch)
	tryRecv(ch)

	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("never: nil channels block")
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("default with nil channels")
	}

	select {
	default:
		fmt.Println("only default")
	}
}

// Output:
// nothing ready
// true true false
// received 1
// received 2
// nothing ready
// default with nil channels
// only default
