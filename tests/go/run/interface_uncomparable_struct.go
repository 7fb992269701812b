// Comparing structs and arrays that hold interfaces panics only when the dynamic values are uncomparable.
package main

import "fmt"

type Box struct {
	V interface{}
}

func cmp(a, b Box) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	fmt.Println(cmp(Box{1}, Box{1}))
	fmt.Println(cmp(Box{1}, Box{"1"}))
	fmt.Println(cmp(Box{[]int{1}}, Box{[]int{1}}))
	fmt.Println(cmp(Box{[]int{1}}, Box{2}))
	fmt.Println(cmp(Box{map[int]int{}}, Box{map[int]int{}}))
	fmt.Println(cmp(Box{func() {}}, Box{nil}))
	fmt.Println(cmp(Box{[1]interface{}{[]int{}}}, Box{[1]interface{}{[]int{}}}))
}

// Output:
// true
// false
// panic: runtime error: comparing uncomparable type []int
// false
// panic: runtime error: comparing uncomparable type map[int]int
// false
// panic: runtime error: comparing uncomparable type []int
