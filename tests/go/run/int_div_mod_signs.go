// Division truncates toward zero; the remainder has the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var u uint8 = 250
	fmt.Println(u/7, u%7)
	var i8 int8 = -101
	fmt.Println(i8/10, i8%10, i8>>1, i8/2)
	x := -9
	fmt.Println(x/4, x>>2, x%4, x&3)
	const c = -7 / 2
	fmt.Println(c, -7%3)
}

// Output:
// 7 2 3 1
// -7 2 -3 -1
// 7 -2 -3 1
// -7 -2 3 -1
// 0 5 0 0
// 1 7 0 1
// -1 7 0 -1
// 35 5
// -10 -1 -51 -50
// -2 -3 -1 3
// -3 -1
