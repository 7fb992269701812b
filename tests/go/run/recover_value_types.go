// The recovered value keeps its dynamic type: strings, errors, runtime errors, custom types.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func catch(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case runtime.Error:
			fmt.Println("runtime.Error:", v.Error())
		case MyErr:
			fmt.Println("MyErr code", v.Code)
		case error:
			fmt.Println("error:", v)
		case string:
			fmt.Println("string:", v)
		default:
			fmt.Printf("other %T: %v\n", v, v)
		}
	}()
	f()
}

var ErrSentinel = errors.New("sentinel")

func main() {
	catch(func() { panic("text") })
	catch(func() { panic(MyErr{3}) })
	catch(func() { panic(ErrSentinel) })
	catch(func() { var a []int; _ = a[1] })
	catch(func() { panic(3.5) })
	catch(func() { panic(struct{ A, B int }{1, 2}) })
	catch(func() {
		defer func() {
			r := recover()
			fmt.Println("is sentinel:", r == ErrSentinel, errors.Is(r.(error), ErrSentinel))
			panic(r)
		}()
		panic(ErrSentinel)
	})
}

// Output:
// string: text
// MyErr code 3
// error: sentinel
// runtime.Error: runtime error: index out of range [1] with length 0
// other float64: 3.5
// other struct { A int; B int }: {1 2}
// is sentinel: true true
// error: sentinel
