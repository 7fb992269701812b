// Errorcheck: constant declarations need constant initializers of constant types.
package main

import (
	"fmt"
	"math"
	"strings"
)

func size() int { return 4 }

const a = size()               // ERROR "size\(\) \(value of type int\) is not constant"
const b = math.Sqrt(2)         // ERROR "math\.Sqrt\(2\) \(value of type float64\) is not constant"
const c = len("four")          // fine: len of a constant string is constant
const d = strings.ToUpper("x") // ERROR "strings\.ToUpper\(.x.\) \(value of type string\) is not constant"
const e []int = nil            // ERROR "invalid constant type \[\]int"

type Point struct{ X int }

const p = Point{1} // ERROR "Point\{…\} \(value of type Point\) is not constant"

var v = 3

const w = v + 1 // ERROR "v \+ 1 \(value of type int\) is not constant"

func main() {
	const ok = c * 2
	const local = v // ERROR "v \(variable of type int\) is not constant"
	fmt.Println(a, b, c, d, e, p, w, ok, local)
}
