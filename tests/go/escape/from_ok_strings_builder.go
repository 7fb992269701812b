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
			b.WriteString(fmt.Sprintf("%2d", i*j)) // ERROR "\.\.\. argument does not escape" "i \* j escapes to heap"
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
	fmt.Println(sb.String(), sb.Len()) // ERROR "\.\.\. argument does not escape" "\(\*strings\.Builder\)\.String\(sb\) escapes to heap" "\(\*strings\.Builder\)\.Len\(sb\) escapes to heap"

	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "") // ERROR "\.\.\. argument does not escape" "\(\*strings\.Builder\)\.Len\(sb\) escapes to heap" "\(\*strings\.Builder\)\.String\(sb\) == \"\" escapes to heap"
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprint(i)) // ERROR "\.\.\. argument does not escape" "i escapes to heap"
	}
	fmt.Println(sb.String()) // ERROR "\.\.\. argument does not escape" "\(\*strings\.Builder\)\.String\(sb\) escapes to heap"

	fmt.Print(table(4)) // ERROR "\.\.\. argument does not escape" "table\(4\) escapes to heap"

	b := &strings.Builder{} // ERROR "&strings\.Builder\{\} does not escape"
	b.WriteString(fmt.Sprint("x=", 1, " y=", 2.5)) // ERROR "\.\.\. argument does not escape" "\"x=\" escapes to heap" "1 escapes to heap" "\" y=\" escapes to heap" "2\.5 escapes to heap"
	fmt.Println(b.String()) // ERROR "\.\.\. argument does not escape" "\(\*strings\.Builder\)\.String\(b\) escapes to heap"
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
