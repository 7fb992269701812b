// Map iteration order is randomized: ranging over the same map repeatedly starts at different keys.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 64; i++ {
		m[i] = true
	}
	firsts := map[int]bool{}
	orders := map[string]bool{}
	for round := 0; round < 50; round++ {
		order := ""
		first := -1
		for k := range m {
			if first < 0 {
				first = k
			}
			order += fmt.Sprint(k, ",")
		}
		firsts[first] = true
		orders[order] = true
	}
	fmt.Println("several first keys:", len(firsts) > 1)
	fmt.Println("several orders:", len(orders) > 1)
	small := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		for k := range small {
			seen[k] = true
			break
		}
	}
	fmt.Println("small map varies too:", len(seen) > 1)
}

// Output:
// several first keys: true
// several orders: true
// small map varies too: true
