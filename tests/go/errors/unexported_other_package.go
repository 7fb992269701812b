// Errorcheck: unexported fields and names of another package cannot be referred to.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	fmt.Println(b.buf) // ERROR "b\.buf undefined \((cannot refer to unexported field buf|type strings\.Builder has no field or method buf)\)"
	var mu sync.Mutex
	mu.Lock()
	mu.state = 0 // ERROR "mu\.state undefined \((cannot refer to unexported field state|type sync\.Mutex has no field or method state)\)"
	mu.Unlock()
	fmt.Println(strings.toLower("X")) // ERROR "undefined: strings\.toLower|name toLower not exported by package strings"
	fmt.Println(strings.ToLower("ABC"))
}
