// Out-of-range string index and slice bounds panic with Go's runtime error messages.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	s := "abc"
	i, j := 5, 2
	try(func() { fmt.Println(s[i]) })
	try(func() { fmt.Println(s[-i+4:]) })
	try(func() { fmt.Println(s[:i]) })
	try(func() { fmt.Println(s[j:1]) })
	try(func() { fmt.Println(s[i:]) })
	try(func() { fmt.Println(s[3:]) })
}

// Output:
// recovered: runtime error: index out of range [5] with length 3
// recovered: runtime error: slice bounds out of range [-1:]
// recovered: runtime error: slice bounds out of range [:5] with length 3
// recovered: runtime error: slice bounds out of range [2:1]
// recovered: runtime error: slice bounds out of range [5:3]
//
// recovered: <nil>
