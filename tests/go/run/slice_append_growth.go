// append grows capacity like Go's growslice (doubling, then 1.25x, rounded up to size classes).
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Println("bytes len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
}

// Output:
// len 1 cap 1
// len 2 cap 2
// len 3 cap 4
// len 5 cap 8
// len 9 cap 16
// len 17 cap 32
// len 33 cap 64
// len 65 cap 128
// len 129 cap 256
// len 257 cap 512
// len 513 cap 848
// len 849 cap 1280
// len 1281 cap 1792
// len 1793 cap 2560
// bytes len 1 cap 8
// bytes len 9 cap 16
// bytes len 17 cap 32
// bytes len 33 cap 64
// bytes len 65 cap 128
// bytes len 129 cap 256
// bytes len 257 cap 512
// bytes len 513 cap 896
// bytes len 897 cap 1408
// bytes len 1409 cap 2048
// bytes len 2049 cap 3072
// bytes len 3073 cap 4096
// bytes len 4097 cap 5376
