// Multiple return values, the blank identifier, named results and bare returns.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func pair() (x, y int) {
	x = 1
	y = 2
	x, y = y, x
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	for _, s := range []string{"123", "", "4x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	a, b := swap("first", "second")
	fmt.Println(a, b)
	fmt.Println(pair())
	fmt.Println(divmod(divmod(100, 7)))
	i, j := 0, 1
	i, j = j, i
	arr := []int{1, 2, 3}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(i, j, arr)
}

// Output:
// 3 2
// 1
// 123 <nil>
// 0 empty
// 0 bad digit 'x'
// second first
// 2 1
// 7 0
// 1 0 [3 2 1]
