// Capacity growth depends on element size (rounded to the allocator's size classes).
// Recorded with Go 1.19, whose heap (like gomini's) has no per-object malloc headers; Go 1.22's
// headers shrink the usable size of pointer-holding objects over 512 bytes, so its []string
// capacities from 64 on differ (71, 142, ...).
package main

import "fmt"

type Three [3]int64
type Rec struct {
	A int32
	B byte
}

func main() {
	var a []int32
	var b []Three
	var c []Rec
	var d []string
	var e []struct{}
	for i := 0; i < 300; i++ {
		ca, cb, cc, cd := cap(a), cap(b), cap(c), cap(d)
		a = append(a, int32(i))
		b = append(b, Three{})
		c = append(c, Rec{})
		d = append(d, "")
		e = append(e, struct{}{})
		if ca != cap(a) || cb != cap(b) || cc != cap(c) || cd != cap(d) {
			fmt.Println(i+1, cap(a), cap(b), cap(c), cap(d))
		}
	}
	fmt.Println(len(e), cap(e) >= len(e))
}

// Output:
// 1 2 1 1 1
// 2 2 2 2 2
// 3 4 4 4 4
// 5 8 8 8 8
// 9 16 16 16 16
// 17 32 32 32 32
// 33 64 64 64 64
// 65 128 128 128 128
// 129 256 256 256 256
// 257 512 512 512 512
// 300 true
