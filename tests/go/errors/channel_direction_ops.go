// Errorcheck: send on a receive-only channel, receive from a send-only channel, sends of the wrong type, ops on non-channels.
package main

import "fmt"

func produce(out chan<- int) {
	out <- 1
	v := <-out // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)"
	fmt.Println(v)
}

func consume(in <-chan int) {
	in <- 2 // ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)"
	for v := range in {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int, 1)
	ch <- "one" // ERROR "cannot use .one. \(untyped string constant\) as int value in send"
	n := 3
	n <- 1           // ERROR "invalid operation: cannot send to non-channel n \(variable of type int\)"
	fmt.Println(<-n) // ERROR "invalid operation: cannot receive from non-channel n \(variable of type int\)"
	var send chan<- string = make(chan string)
	for s := range send { // ERROR "cannot range over send \(variable of type chan<- string\)(: | \()receive from send-only channel"
		fmt.Println(s)
	}
	produce(ch)
	consume(ch)
	select {
	case v := <-send: // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- string\)"
		fmt.Println(v)
	default:
	}
}
