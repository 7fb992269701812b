// Errorcheck: select cases with wrong channel operations and types.
package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	done := make(chan struct{})
	var out chan<- string = make(chan string)
	select {
	case v := <-data:
		fmt.Println(v)
	case <-done:
	case out <- 1: // ERROR "cannot use 1 \(untyped int constant\) as string value in send"
	case <-out: // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- string\)"
	case <-time.After(time.Second):
	}
	var s string
	select {
	case s = <-data: // ERROR "cannot use <-data \(comma, ok expression of type int\) as string value in assignment"
	default:
	}
	fmt.Println(s)
}
