// Errorcheck: initialization cycles through method values and closures referring back to the variable.
package main

import "fmt"

type T struct{}

func (T) Get() int { return handler() }

var handler = T{}.Get // ERROR "initialization cycle for handler"

var counter = func() int { // ERROR "initialization cycle: counter refers to itself|initialization cycle for counter"
	return len(fmt.Sprint(counter))
}()

var ok1 = helper()

func helper() int { return 42 } // fine: no cycle

func main() {
	fmt.Println(handler, counter, ok1)
}
