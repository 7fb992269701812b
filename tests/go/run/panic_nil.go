// gomini: output derived by reasoning — Go 1.21+ semantics: panic(nil) panics with a
// *runtime.PanicNilError whose message is "panic called with nil argument (goexit=false)", so recover
// returns a non-nil value. (Go 1.19, the oracle here, recovered nil; its output would differ.)
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r != nil)
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println(isRT)
	}()
	panic(nil)
}

// Output:
// true
// *runtime.PanicNilError
// panic called with nil argument (goexit=false)
// true panic called with nil argument (goexit=false)
// true
