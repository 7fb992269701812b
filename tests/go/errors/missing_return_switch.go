// Errorcheck: switch and select are terminating only if every clause terminates, a default exists (switch), and nothing breaks out.
package main

import (
	"fmt"
	"os"
)

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
} // ERROR "missing return"

func name2(n int) string {
	switch n {
	case 0:
		return "zero"
	default:
		return "many"
	}
} // fine

func name3(n int) string {
	switch {
	case n < 0:
		break
	default:
		return "x"
	}
} // ERROR "missing return"

func name4(n int) string {
	switch n {
	case 0:
		fallthrough
	case 1:
		return "small"
	default:
		panic("big")
	}
} // fine: fallthrough then terminating case

func wait(ch chan int, done chan bool) int {
	select {
	case v := <-ch:
		return v
	case <-done:
	}
} // ERROR "missing return"

func wait2(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
} // fine

func exit() int {
	os.Exit(1)
} // ERROR "missing return"

func kind(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	default:
		return 0
	}
} // fine

func block() int {
	{
		return 1
	}
} // fine

func gotoEnd() int {
again:
	goto again
} // fine: goto is terminating

func main() {
	fmt.Println(name(1), name2(1), name3(1), name4(1), wait(nil, nil), wait2(nil), exit(), kind(1), block(), gotoEnd())
}
