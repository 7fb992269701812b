// Variadic parameters: zero or more args, passing a slice with ..., and aliasing of the passed slice.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Printf("%s %q\n", join("-", "a", "b", "c"), join(","))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(describe("n=", 1, "x", nil), describe("none"))
	fmt.Println(describe("slice", []interface{}{1, 2}...))
	fmt.Println(describe("one", []int{1, 2}))
}

// Output:
// 0 1 6
// 15
// a-b-c ""
// [-1 5 6]
// n=3 false [1 x <nil>] none0 true []
// slice2 false [1 2]
// one1 false [[1 2]]
