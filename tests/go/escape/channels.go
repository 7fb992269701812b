// Values sent on channels escape.
package main

func send(ch chan *int) { // ERROR "ch does not escape"
	x := 1 // ERROR "moved to heap: x"
	ch <- &x
}

func sendVal(ch chan int) { // ERROR "ch does not escape"
	ch <- 5
}

func recv(ch chan *int) int { // ERROR "ch does not escape"
	p := <-ch
	return *p
}

func main() {
	ch := make(chan *int, 1)
	send(ch)
	println(recv(ch))
	c2 := make(chan int, 1)
	sendVal(c2)
}
