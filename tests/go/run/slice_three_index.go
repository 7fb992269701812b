// The 3-index slice a[lo:hi:max] limits capacity, so append must reallocate.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4]
	fmt.Println(s, len(s), cap(s))
	t := base[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(base)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(base, t)
	u := base[:0:0]
	u = append(u, 9)
	fmt.Println(base[0], u)
	arr := [5]int{1, 2, 3, 4, 5}
	v := arr[1:2:3]
	fmt.Println(v, len(v), cap(v))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		hi := 6
		fmt.Println(arr[1:2:hi])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		lo, hi, max := 1, 3, 2
		fmt.Println(base[lo:hi:max])
	}()
}

// Output:
// [2 3] 2 6
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [-1 3 100 200]
// 0 [9]
// [2] 1 2
// recovered: runtime error: slice bounds out of range [::6] with length 5
// recovered: runtime error: slice bounds out of range [:3:2]
