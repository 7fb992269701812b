// A recovered runtime error can be asserted to runtime.Error and to error; its Error() is Go's message.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func protect(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("runtime: %w", re)
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	err := protect(func() {
		var s []string
		_ = s[3]
	})
	fmt.Println(err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	err = protect(func() { panic("plain") })
	fmt.Println(err, errors.As(err, &re))
	fmt.Println(protect(func() {}))
}

// Output:
// runtime: runtime error: index out of range [3] with length 0
// true runtime error: index out of range [3] with length 0
// panic: plain false
// <nil>
