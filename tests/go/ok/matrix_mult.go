// Two-dimensional arrays and slices: matrix multiplication, transpose, identity, with fixed-size
// array types and slice-of-slice types side by side.
package main

import "fmt"

type Mat3 [3][3]int

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func identity() (m Mat3) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func transpose(m [][]float64) [][]float64 {
	if len(m) == 0 {
		return nil
	}
	t := make([][]float64, len(m[0]))
	for i := range t {
		t[i] = make([]float64, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	a := Mat3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(a.Mul(identity()) == a)
	fmt.Println(a.Mul(a))
	p := a
	for i := 0; i < 3; i++ {
		p = p.Mul(a)
	}
	fmt.Println(p[0][0], p[2][2])

	m := [][]float64{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	fmt.Println(transpose(transpose(m)))
	fmt.Println(transpose(nil) == nil)
}

// Output:
// true
// [[30 36 42] [66 81 96] [102 126 150]]
// 7560 38880
// [[1 4] [2 5] [3 6]]
// [[1 2 3] [4 5 6]]
// true
