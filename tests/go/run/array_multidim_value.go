// Multi-dimensional arrays are values all the way down: passing one copies every row.
package main

import "fmt"

type Board [3][3]byte

func (b Board) With(r, c int, v byte) Board {
	b[r][c] = v
	return b
}

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2)
	b.Set(0, 2, 'O')
	rows := b2
	rows[2] = [3]byte{'a', 'b', 'c'}
	fmt.Println(b, b2, rows)
	fmt.Println(b == b2, b2 == b2.With(1, 1, 'X'))
	var cube [2][2][2]int
	c2 := cube
	c2[1][1][1] = 8
	fmt.Println(cube, c2, len(cube[0][1]))
}

// Output:
// .../.../.../ .../.X./.../
// ..O/.../.../ .../.X./.../ .../.X./abc/
// false true
// [[[0 0] [0 0]] [[0 0] [0 0]]] [[[0 0] [0 0]] [[0 0] [0 8]]] 2
