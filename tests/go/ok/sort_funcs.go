// sort.Ints, sort.Strings and sort.Slice with custom less functions (multi-key ordering).
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
	ints := []int{5, 2, 8, -1, 0, 5, 3}
	sort.Ints(ints)
	fmt.Println(ints)

	strs := []string{"pear", "apple", "fig", "Banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)

	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 20}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)

	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	desc := []int{1, 9, 4, 7}
	sort.Slice(desc, func(i, j int) bool { return desc[i] > desc[j] })
	fmt.Println(desc)

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))

	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[49])
}

// Output:
// [-1 0 2 3 5 5 8]
// [Banana apple apple fig pear]
// [{Ann 30} {Cid 30} {Bob 25} {Dee 20}]
// [fig kiwi apple banana]
// [9 7 4 1]
// [] 0
// true 0 49
