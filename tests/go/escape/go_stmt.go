// Closures and arguments of go statements escape.
package main

func worker(ch chan int, v *int) { // ERROR "ch does not escape" "v does not escape"
	ch <- *v
}

func spawn() {
	ch := make(chan int, 2)
	x := 1
	go func() { ch <- x }() // ERROR "func literal escapes to heap"
	y := 2 // ERROR "moved to heap: y"
	go worker(ch, &y)
	<-ch
	<-ch
}

func main() {
	spawn()
}
