// copy copies min(len(dst), len(src)) elements, handles overlap, and copies strings into []byte.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	arr := [4]string{"a", "b", "c", "d"}
	copy(arr[:], []string{"x", "y"})
	fmt.Println(arr)
}

// Output:
// 3 [1 2 3]
// 4 [1 1 2 3 4]
// 3 [3 4 5 4 5]
// 4 [104 195 169 108]
// 0 0
// [x y c d]
