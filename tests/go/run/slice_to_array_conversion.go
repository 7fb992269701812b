// gomini: output derived by reasoning — converting a slice to an array ([N]T(s)) is Go 1.20; the
// message for a short slice is Go 1.20's ("to array or pointer to array"), where Go 1.19 said
// "to pointer to array". Spec: (*[N]T)(s) is a pointer to s's first N elements (it aliases s),
// [N]T(s) is a copy of them; both panic if len(s) < N; a nil slice gives a nil *[0]T.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	a := [2]int(s)
	a[1] = 20
	fmt.Println(s, a)
	fmt.Println([5]byte([]byte("hello")))
	fmt.Println([2]string([]string{"x", "y", "z"}))
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)(s[:0]) == nil, [0]int(nilS))
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		fmt.Println([4]int(s))
	}()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		q := (*[4]int)(s)
		fmt.Println("unreachable", q)
	}()
}

// Output:
// [10 2 3] [10 2] 2
// [10 2 3] [10 20]
// [104 101 108 108 111]
// [x y]
// true false []
// rec: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
// rec: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
