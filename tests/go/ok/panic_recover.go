// panic and recover: recovered values of several types, recover returning nil outside a panic,
// re-panicking, and converting a panic into an error via a named result.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("recovered %T: %v", r, r)
		}
	}()
	f()
	return "no panic"
}

func toError(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprint(r, " again"))
	}()
	panic("original")
}

func deferredRunsDuringPanic() {
	defer fmt.Println("deferred print runs while panicking")
	panic("unwinding")
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("a string") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(MyErr{7}) }))
	fmt.Println(safe(repanic))
	fmt.Println(safe(deferredRunsDuringPanic))

	fmt.Println(toError(func() { panic(MyErr{3}) }))
	fmt.Println(toError(func() { panic("text") }))
	fmt.Println(toError(func() {}))

	fmt.Println("recover outside panic:", recover())

	func() {
		defer func() {
			fmt.Println("nested recover:", recover())
		}()
		func() {
			defer fmt.Println("inner defer")
			panic("deep")
		}()
		fmt.Println("not reached")
	}()
	fmt.Println("main continues")
}

// Output:
// no panic
// recovered string: a string
// recovered int: 42
// recovered *errors.errorString: an error
// recovered main.MyErr: myerr 7
// first recover: original
// recovered string: original again
// deferred print runs while panicking
// recovered string: unwinding
// myerr 3
// panic: text
// <nil>
// recover outside panic: <nil>
// inner defer
// nested recover: deep
// main continues
