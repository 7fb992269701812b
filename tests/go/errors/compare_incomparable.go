// Errorcheck: slices, maps and funcs can only be compared to nil; structs and arrays containing them are not comparable.
package main

import "fmt"

type Config struct {
	Name string
	Tags []string
}

type Key struct{ A, B int }

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)   // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	fmt.Println(a == nil) // fine
	m1 := map[string]int{}
	m2 := map[string]int{}
	fmt.Println(m1 != m2) // ERROR "invalid operation: m1 != m2 \(map can only be compared to nil\)"
	f := func() {}
	g := func() {}
	fmt.Println(f == g) // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
	c1, c2 := Config{}, Config{}
	fmt.Println(c1 == c2) // ERROR "invalid operation: c1 == c2 \(struct containing \[\]string cannot be compared\)"
	k1, k2 := Key{1, 2}, Key{1, 2}
	fmt.Println(k1 == k2) // fine
	arr1 := [2][]int{}
	arr2 := [2][]int{}
	fmt.Println(arr1 == arr2) // ERROR "invalid operation: arr1 == arr2 \(\[2\]\[\]int cannot be compared\)"
	fmt.Println(a < b)        // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	fmt.Println(k1 < k2)      // ERROR "invalid operation: k1 < k2 \(operator < not defined on struct\)"
}
