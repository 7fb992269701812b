// Common slice idioms: filter in place, insert, delete, reverse, stack and queue.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out, s)
	t := []int{1, 2, 4, 5}
	t = append(t[:2], append([]int{3}, t[2:]...)...)
	fmt.Println(t)
	t = append(t[:1], t[2:]...)
	fmt.Println(t, len(t), cap(t))
	for i, j := 0, len(t)-1; i < j; i, j = i+1, j-1 {
		t[i], t[j] = t[j], t[i]
	}
	fmt.Println(t)
	var stack []string
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, cap(queue))
}

// Output:
// [2 4 6 8] [2 4 6 8 5 6 7 8]
// [1 2 3 4 5]
// [1 3 4 5] 4 8
// [5 4 3 1]
// c [a b]
// 1 [2 3] 2
