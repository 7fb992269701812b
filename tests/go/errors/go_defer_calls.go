// Errorcheck: go and defer need a function call, not a function value; builtins whose result would be discarded are not allowed.
package main

import (
	"fmt"
	"sync"
)

func work(wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("working")
}

func value() int { return 1 }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go work(&wg) // fine
	go fmt.Println       // ERROR "expression in go must be function call"
	defer wg.Wait        // ERROR "expression in defer must be function call"
	defer len("abc")     // ERROR "defer discards result of len\(.abc.\) \(constant 3 of type int\)"
	go func() {}         // ERROR "expression in go must be function call"
	defer (value())      // ERROR "expression in defer must not be parenthesized"
	defer value()        // fine: results of ordinary calls are discarded
	defer recover()      // fine
	defer panic("late")  // fine
	go cap(make([]int, 1)) // ERROR "go discards result of cap\(make\(\[\]int, 1\)\) \(value of type int\)"
	defer close(make(chan int)) // fine: close has no result
}
