// Churn through slices, strings and closures; results stay correct across many collections.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var keep [][]byte
	sum := 0
	for i := 0; i < 200000; i++ {
		b := make([]byte, 16+i%300)
		b[0] = byte(i)
		if i%1000 == 0 {
			keep = append(keep, b)
		}
		sum += len(b)
	}
	fmt.Println(len(keep), sum, keep[5][0], keep[199][0])
	var parts []string
	for i := 0; i < 20000; i++ {
		s := strings.Repeat("ab", i%10) + fmt.Sprint(i)
		if i%2000 == 0 {
			parts = append(parts, s)
		}
	}
	fmt.Println(strings.Join(parts, ","))
	var fs []func() int
	for i := 0; i < 100000; i++ {
		k := i
		f := func() int { return k * 2 }
		if i%25000 == 0 {
			fs = append(fs, f)
		}
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	m := map[int][]int{}
	for i := 0; i < 50000; i++ {
		m[i%100] = append(m[i%100], i)
	}
	fmt.Println(len(m), len(m[42]), m[42][499])
}

// Output:
// 200 33090000 136 88
// 0,2000,4000,6000,8000,10000,12000,14000,16000,18000
// 0;50000;100000;150000;
// 100 500 49942
