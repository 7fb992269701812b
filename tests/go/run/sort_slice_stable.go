// sort.Slice with a less function, and sort.SliceStable keeping equal elements in order.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	words := []string{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	nums := []int{9, 3, 7, 1}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	fmt.Println(nums, sort.SliceIsSorted(nums, func(i, j int) bool { return nums[i] < nums[j] }))
	type kv struct {
		k string
		v int
	}
	m := map[string]int{"x": 3, "y": 1, "z": 2, "w": 3}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
}

// Output:
// [{bob 25} {dave 25} {frank 25} {alice 30} {carol 30} {eve 35}]
// [{eve 35} {alice 30} {carol 30} {bob 25} {dave 25} {frank 25}]
// [{frank 25} {eve 35} {dave 25} {carol 30} {bob 25} {alice 30}]
// [a f bb ee ccc dddd]
// [1 3 7 9] true
// [{w 3} {x 3} {z 2} {y 1}]
