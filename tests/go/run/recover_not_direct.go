// recover only works when called directly by the deferred function, not from a helper it calls.
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered: ", r)
		}
	}()
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper got:", r)
		}()
		panic("deep")
	}()
	return "no panic"
}

func direct() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct: ", recover())
	}()
	panic("shallow")
}

func deferredRecoverCall() (msg string) {
	defer func() {
		msg = fmt.Sprint("after: ", recover())
	}()
	func() {
		defer recover()
		panic("recover deferred directly")
	}()
	return "recovered by defer recover()"
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	fmt.Println(deferredRecoverCall())
}

// Output:
// helper got: <nil>
// outer recovered: deep
// direct: shallow
// after: recover deferred directly
