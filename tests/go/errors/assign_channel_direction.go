// Errorcheck: channel direction: bidirectional converts to directional, never the reverse or between directions.
package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int)
	go producer(ch) // fine
	var send chan<- int = ch
	var recv <-chan int = ch
	var back chan int = recv  // ERROR "cannot use recv \(variable of type <-chan int\) as chan int value in variable declaration"
	consumer(send)            // ERROR "cannot use send \(variable of type chan<- int\) as <-chan int value in argument to consumer"
	producer(recv)            // ERROR "cannot use recv \(variable of type <-chan int\) as chan<- int value in argument to producer"
	send = recv               // ERROR "cannot use recv \(variable of type <-chan int\) as chan<- int value in assignment"
	var strs chan string = ch // ERROR "cannot use ch \(variable of type chan int\) as chan string value in variable declaration"
	fmt.Println(back, strs)
	consumer(ch)
}
