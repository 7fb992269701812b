// Errorcheck: shadowing with := in inner blocks leaves the inner variable unused.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func run(args []string) error {
	var err error
	for _, a := range args {
		n, err := strconv.Atoi(a) // ERROR "declared and not used: err"
		fmt.Println(n)
	}
	if len(args) > 0 {
		count := len(args)
		if count > 2 {
			count := 0 // ERROR "declared and not used: count"
		}
		fmt.Println(count)
	}
	return err
}

func main() {
	x := 1
	func() {
		x := 2 // ERROR "declared and not used: x"
	}()
	fmt.Println(x)
	if err := run(os.Args[1:]); err != nil {
		err := fmt.Errorf("wrapped: %v", err) // ERROR "declared and not used: err"
	}
}
