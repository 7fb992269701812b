// range over maps, made deterministic by sorting the keys first.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{
		"carol": 35,
		"alice": 30,
		"bob":   25,
		"dave":  40,
	}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}

	sum := 0
	for _, v := range ages {
		sum += v
	}
	fmt.Println(sum)

	byNum := map[int]string{3: "three", 1: "one", 2: "two"}
	nums := []int{}
	for k, v := range byNum {
		if len(v) > 0 {
			nums = append(nums, k)
		}
	}
	sort.Ints(nums)
	fmt.Println(nums)

	// deleting during range is allowed
	for k := range ages {
		if ages[k] < 33 {
			delete(ages, k)
		}
	}
	fmt.Println(len(ages), ages)

	var empty map[string]bool
	for range empty {
		fmt.Println("never")
	}
	fmt.Println(byNum)
}

// Output:
// alice 30
// bob 25
// carol 35
// dave 40
// 130
// [1 2 3]
// 2 map[carol:35 dave:40]
// map[1:one 2:two 3:three]
