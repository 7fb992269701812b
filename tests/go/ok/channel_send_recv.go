// Channels: make with and without buffer, send statements, receive expressions, comma-ok,
// len/cap, close, and channels of channels.
package main

import "fmt"

type msg struct {
	id   int
	body string
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	v := <-ch
	fmt.Println(v, len(ch))
	ch <- 3
	ch <- 4
	close(ch)
	for i := 0; i < 4; i++ {
		x, ok := <-ch
		fmt.Println(x, ok)
	}

	unbuf := make(chan msg)
	go func() {
		unbuf <- msg{1, "hello"}
		unbuf <- msg{id: 2}
	}()
	m1 := <-unbuf
	m2 := <-unbuf
	fmt.Printf("%+v %+v\n", m1, m2)
	fmt.Println(cap(unbuf))

	reply := make(chan chan string, 1)
	inner := make(chan string, 1)
	reply <- inner
	(<-reply) <- "through two channels"
	fmt.Println(<-inner)

	funcs := make(chan func() int, 1)
	funcs <- func() int { return 7 }
	fmt.Println((<-funcs)())

	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))

	done := make(chan bool)
	data := make(chan int)
	go func() {
		sum := 0
		for v := range data {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	<-done
}

// Output:
// 2 3
// 1 1
// 2 true
// 3 true
// 4 true
// 0 false
// {id:1 body:hello} {id:2 body:}
// 0
// through two channels
// 7
// true 0 0
// sum 55
