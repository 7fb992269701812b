// The min and max builtins (Go 1.21) on ints, floats and strings, with constants and mixed arguments,
// and clear on maps and slices.
//
// gomini-ok: output derived by reasoning. Go 1.19 does not have min, max or clear, so the Output block
// was derived from the Go 1.21 specification (min/max of ordered operands; the result of constant
// operands is constant; clear deletes all map entries and zeroes slice elements without changing len),
// and cross-checked under Go 1.19 by running the same program with hand-written min/max/clear helpers.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(5), max(-5))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y), min(x, y, 0), max(x, 100, y))
	fmt.Println(min(2.5, 1.5), max(1.0, 2.75))
	f := 0.5
	fmt.Println(min(f, 1), max(f, 1)) // untyped constant converted to float64
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	const c = max(1, 2.5, 2)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	fmt.Printf("%T %T\n", max(u8, 1), min(1, 2.0))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)

	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	clear(s)
	fmt.Println(s, len(s), cap(s))

	type P struct{ A, B int }
	ps := []P{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
}

// Output:
// 1 3
// 5 -5
// -4 10 -4 100
// 1.5 2.75
// 0.5 1
// apple cherry
// 2.5
// 200 200
// uint8 float64
// 0 map[]
// map[c:3]
// [1 0 0 4] 4
// [0 0 0 0] 4 4
// [{0 0} {0 0}]
