// strings.Builder: WriteString, WriteByte, WriteRune, Len, String, Reset, through a value and a pointer.
package main

import (
	"fmt"
	"strings"
)

func table(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			if j > 1 {
				b.WriteByte(' ')
			}
			b.WriteString(fmt.Sprintf("%2d", i*j))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	sb.WriteString("hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())

	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String())

	fmt.Print(table(4))

	b := &strings.Builder{}
	b.WriteString(fmt.Sprint("x=", 1, " y=", 2.5))
	fmt.Println(b.String())
}

// Output:
// hello, 世 10
// 0 true
// 01234
//  1  2  3  4
//  2  4  6  8
//  3  6  9 12
//  4  8 12 16
// x=1 y=2.5
