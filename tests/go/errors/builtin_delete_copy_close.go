// Errorcheck: delete needs a map and a key of its key type; copy needs slices of one element type; close needs a send-capable channel.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 30}
	delete(ages, "ann") // fine
	delete(ages, 3)     // ERROR "cannot use 3 \(untyped int constant\) as string value in argument to delete"
	list := []string{"a"}
	delete(list, 0) // ERROR "invalid argument: list \(variable of type \[\]string\) is not a map"
	delete(ages)    // ERROR "not enough arguments for delete\(ages\) \(expected 2, found 1\)"

	dst := make([]int, 3)
	src := []string{"x"}
	copy(dst, src) // ERROR "arguments to copy dst \(variable of type \[\]int\) and src \(variable of type \[\]string\) have different element types int and string"
	b := make([]byte, 5)
	copy(b, "hello") // fine: string source for []byte
	copy(dst, 5)     // ERROR "invalid argument: copy expects slice arguments; found dst \(variable of type \[\]int\) and 5 \(untyped int constant\)"

	ch := make(chan int)
	var recv <-chan int = ch
	close(recv) // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	close(ch)   // fine
	n := 1
	close(n) // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	fmt.Println(ages, list, dst, b)
}
