// The range expression is evaluated once; ranging over an array copy vs a pointer to the array.
package main

import "fmt"

func data() []int {
	fmt.Println("data() called")
	return []int{1, 2, 3}
}

func main() {
	for i, v := range data() {
		fmt.Println(i, v)
	}
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		if i == 0 {
			arr[1] = 20
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	m := map[string]int{"only": 1}
	for k, v := range m {
		m[k] = v + 1
	}
	fmt.Println(m)
	s := "héllo"
	for i := range s {
		s = "changed"
		fmt.Print(i, ";")
	}
	fmt.Println(s)
}

// Output:
// data() called
// 0 1
// 1 2
// 2 3
// 1;2;3;
// 1;20;3;
// map[only:2]
// 0;1;3;4;5;changed
