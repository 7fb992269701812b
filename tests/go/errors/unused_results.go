// Errorcheck: expression statements whose value is not used (only calls and receives may stand alone).
package main

import (
	"fmt"
	"strings"
)

func compute() int { return 1 }

func main() {
	x := 3
	x + 1                // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 2               // ERROR "x == 2 \(untyped bool value\) is not used"
	compute()            // fine: call
	compute              // ERROR "compute \(value of type func\(\) int\) is not used"
	"literal"            // ERROR ".literal. \(untyped string constant\) is not used"
	len("abc")           // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	strings.ToUpper("a") // fine: function call results may be dropped
	ch := make(chan int, 1)
	ch <- 1
	<-ch // fine: receive
	x    // ERROR "x \(variable of type int\) is not used"
	xs := []int{1}
	xs[0]         // ERROR "xs\[0\] \(variable of type int\) is not used"
	append(xs, 2) // ERROR "append\(xs, 2\) \(value of type \[\]int\) is not used"
	fmt.Println(x)
}
