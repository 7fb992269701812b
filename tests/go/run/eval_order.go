// Evaluation order: operands and call arguments left to right; assignments evaluate index operands first.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(trace)
	trace = nil
	f := func(a, b, c int) int { return a + b + c }
	_ = f(t("x", 1), t("y", 2), t("z", 3))
	fmt.Println(trace)
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	j := 0
	x[j], j = 10, 2
	fmt.Println(x, j)
	trace = nil
	m := map[int]int{}
	m[t("key", 1)] = t("val", 2)
	fmt.Println(trace, m)
	trace = nil
	s := []int{t("e0", 0), t("e1", 1)}
	fmt.Println(trace, s)
}

// Output:
// [a b c]
// [x y z]
// 1 [9 0 0]
// 2 3
// [10 2 3] 2
// [key val] map[1:2]
// [e0 e1] [0 1]
