// Array literals: [...] length inference, indexed elements, mixed indexed and sequential elements.
package main

import "fmt"

func main() {
	a := [...]int{1, 2, 3}
	fmt.Println(a, len(a))

	b := [5]int{1: 10, 3: 30}
	fmt.Println(b)

	c := [...]string{2: "c", 0: "a", "b"} // "b" goes to index 1
	fmt.Println(len(c), c)

	d := [...]int{5: 1, 2, 3}
	fmt.Println(len(d), d)

	const n = 4
	e := [n * 2]bool{n: true}
	fmt.Println(e)

	vowels := [128]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	count := 0
	for _, r := range "programming language" {
		if vowels[r] {
			count++
		}
	}
	fmt.Println(count)

	sl := []int{3: 7, 1: 5}
	fmt.Println(sl, len(sl), cap(sl))

	var zero [3]float64
	fmt.Println(zero)

	matrix := [3][3]int{{1}, 2: {0, 0, 9}}
	fmt.Println(matrix)
	fmt.Printf("%T %T\n", a, matrix)
}

// Output:
// [1 2 3] 3
// [0 10 0 30 0]
// 3 [a b c]
// 8 [0 0 0 0 0 1 2 3]
// [false false false false true false false false]
// 7
// [0 5 0 7] 4 4
// [0 0 0]
// [[1 0 0] [0 0 0] [0 0 9]]
// [3]int [3][3]int
