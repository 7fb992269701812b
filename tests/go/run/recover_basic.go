// recover stops a panic when called directly by a deferred function; execution resumes in the caller.
package main

import "fmt"

func safe(f func()) (recovered interface{}) {
	defer func() {
		recovered = recover()
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { panic("oops") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(fmt.Errorf("err %d", 7)) }))
	fmt.Println(safe(func() {}))
	fmt.Println(recover())
	r := safe(func() {
		defer fmt.Println("deferred during panic runs")
		panic([]int{1, 2})
	})
	fmt.Printf("%T %v\n", r, r)
	fmt.Println("main continues")
}

// Output:
// oops
// 42
// err 7
// <nil>
// <nil>
// deferred during panic runs
// []int [1 2]
// main continues
