// Errorcheck: arguments that are not assignable to the parameter types.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64

func warm(c Celsius) bool         { return c > 20 }
func join(parts []string) string  { return strings.Join(parts, ",") }
func lookup(m map[string]int) int { return len(m) }

func main() {
	n := 5
	fmt.Println(strconv.Itoa("5"))        // ERROR "cannot use .5. \(untyped string constant\) as int value in argument to strconv\.Itoa"
	fmt.Println(strings.Repeat("a", "3")) // ERROR "cannot use .3. \(untyped string constant\) as int value in argument to strings\.Repeat"
	t := 25.0
	fmt.Println(warm(t))                     // ERROR "cannot use t \(variable of type float64\) as Celsius value in argument to warm"
	fmt.Println(warm(25))                    // fine
	fmt.Println(join([]int{1}))              // ERROR "cannot use \[\]int\{…\} \(value of type \[\]int\) as \[\]string value in argument to join"
	fmt.Println(lookup(map[string]string{})) // ERROR "cannot use map\[string\]string\{\} \(value of type map\[string\]string\) as map\[string\]int value in argument to lookup"
	fmt.Println(strings.Contains(n, "x"))    // ERROR "cannot use n \(variable of type int\) as string value in argument to strings\.Contains"
}
