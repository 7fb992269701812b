// gomini: output derived by reasoning — min and max are Go 1.21 builtins (the oracle is Go 1.19).
// Spec: they take one or more ordered operands; if any float operand is NaN the result is NaN;
// min(-0.0, 0.0) is -0.0 for floats; on strings they compare lexically.
// Cross-checked with Go 1.19 using hand-written helper functions with the same semantics.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y), min(x, y, 15), max(x, 15))
	fmt.Println(min(2.5, 1.5), max(2.5, 1), min(1, 2.0))
	fmt.Println(min("b", "a", "c"), max("apple", "apricot"), min("", "x") == "")
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(math.Inf(-1), 0), max(math.Inf(1), 3))
	negz := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(max(negz, 0.0)))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = max(1, 2.5)
	fmt.Println(c)
}

// Output:
// 1 3 5 -1
// 10 20 10 15
// 1.5 2.5 1
// a apricot true
// NaN NaN -Inf +Inf
// true false
// 200 200
// 2.5
