// Large allocations go to the heap whatever their use.
package main

func big() int {
	s := make([]byte, 1<<20) // ERROR "make\(\[\]byte, 1 << 20\) escapes to heap"
	t := make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) does not escape"
	p := new([100000]int) // ERROR "new\(\[100000\]int\) escapes to heap"
	q := new([10]int) // ERROR "new\(\[10\]int\) does not escape"
	return len(s) + len(t) + len(p) + len(q)
}

func dynamic(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	t := make([]int, 10, n) // ERROR "make\(\[\]int, 10, n\) escapes to heap"
	return len(s) + cap(t)
}

func main() {
	println(big(), dynamic(4))
}
