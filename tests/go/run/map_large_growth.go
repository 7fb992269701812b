// A map grows through many buckets; all entries survive growth and deletion.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k != v*7 {
			fmt.Println("bad", k, v)
		}
		sum += v
	}
	fmt.Println(sum)
	for i := 0; i < 100000; i += 3 {
		delete(m, i*7)
	}
	fmt.Println(len(m), m[7], m[21])
	s := make(map[string][]int)
	for i := 0; i < 5000; i++ {
		k := fmt.Sprintf("k%d", i%100)
		s[k] = append(s[k], i)
	}
	fmt.Println(len(s), len(s["k42"]), s["k42"][:3])
}

// Output:
// 100000
// 4999950000
// 66666 1 0
// 100 50 [42 142 242]
