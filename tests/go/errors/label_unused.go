// Errorcheck: labels that are defined but never used, and labels defined twice.
package main

import "fmt"

func main() {
start: // ERROR "label start defined and not used"
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}

	n := 0
retry:
	n++
	if n < 3 {
		goto retry
	}

	func() {
	inner: // ERROR "label inner defined and not used"
		fmt.Println("closure")
	}()

dup:
	for {
		break dup
	}
dup: // ERROR "label dup already defined at"
	fmt.Println(n)
}
