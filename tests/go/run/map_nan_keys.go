// NaN keys: every insert makes a new entry, lookups never find them, fmt prints them.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{}
	nan := math.NaN()
	m[nan] = "x"
	m[nan] = "x"
	m[1.5] = "c"
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	fmt.Println(m)
	n := 0
	for k, v := range m {
		if k != k {
			n++
			_ = v
		}
	}
	fmt.Println("nan keys:", n)
	z := map[float64]int{}
	z[0.0] = 1
	z[math.Copysign(0, -1)] = 2
	fmt.Println(len(z), z[0])
	inf := map[float64]bool{math.Inf(1): true, math.Inf(-1): false}
	fmt.Println(inf)
	type K struct{ F float64 }
	sk := map[K]int{{nan}: 1, {nan}: 2}
	fmt.Println(len(sk))
}

// Output:
// 3
// false
// 3
// map[NaN:x NaN:x 1.5:c]
// nan keys: 2
// 1 2
// map[-Inf:false +Inf:true]
// 2
