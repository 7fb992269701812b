// Errorcheck: goto may not jump over a variable declaration or into a block.
package main

import "fmt"

func process(n int) int {
	if n < 0 {
		goto fail // ERROR "goto fail jumps over declaration of result at"
	}
	result := n * 2
	fmt.Println(result)
fail:
	return -1
}

func loop(n int) {
	goto body // ERROR "goto body jumps into block starting at"
	for i := 0; i < n; i++ {
	body:
		fmt.Println(i)
	}
}

func ok(n int) {
	if n > 0 {
		goto end // fine: jumping forward out of a block, no declarations skipped
	}
	fmt.Println("small")
end:
	fmt.Println("end")
}

func main() {
	fmt.Println(process(1))
	loop(1)
	ok(1)
	goto inside // ERROR "goto inside jumps into block starting at"
	if true {
	inside:
		fmt.Println("in")
	}
}
