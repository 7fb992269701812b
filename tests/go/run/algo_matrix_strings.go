// Matrix multiplication on arrays and slices, and string reversal by runes.
package main

import "fmt"

type Mat [3][3]int

func mul(a, b Mat) (c Mat) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, id) == m, mul(m, m))
	p := m
	for i := 0; i < 5; i++ {
		p = mul(p, m)
	}
	fmt.Println(p)
	fmt.Println(reverse("Hello, 世界"), reverse(""), reverse("a"))
	fib := [2][2]int64{{1, 1}, {1, 0}}
	res := [2][2]int64{{1, 0}, {0, 1}}
	for n := 90; n > 0; n >>= 1 {
		if n&1 == 1 {
			res = mul2(res, fib)
		}
		fib = mul2(fib, fib)
	}
	fmt.Println(res[0][1])
}

func mul2(a, b [2][2]int64) [2][2]int64 {
	return [2][2]int64{
		{a[0][0]*b[0][0] + a[0][1]*b[1][0], a[0][0]*b[0][1] + a[0][1]*b[1][1]},
		{a[1][0]*b[0][0] + a[1][1]*b[1][0], a[1][0]*b[0][1] + a[1][1]*b[1][1]},
	}
}

// Output:
// true [[30 36 42] [66 81 96] [102 126 150]]
// [[1963440 2412504 2861568] [4446414 5463369 6480324] [6929388 8514234 10099080]]
// 界世 ,olleH  a
// 2880067194370816120
