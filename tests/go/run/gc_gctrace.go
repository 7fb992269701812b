// Env: GODEBUG=gctrace=1
// With GODEBUG=gctrace=1 every collection prints a "gc N @..." summary line to stderr; a
// forced one (runtime.GC) ends in "(forced)". Only the stable parts are checked.
// Stderr: gc 1 @
// Stderr: (forced)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("before GC")
	runtime.GC()
	fmt.Println("after GC")
}

// Output:
// before GC
// after GC
