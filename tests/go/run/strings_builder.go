// strings.Builder accumulates text efficiently; Len, Grow, WriteByte, WriteRune, Reset.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteByte('|')
	b.WriteRune('世')
	n, err := b.WriteString("end")
	fmt.Println(b.String(), b.Len(), n, err)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Cap() >= 100)
	for i := 0; i < 1000; i++ {
		b.WriteString("x")
	}
	fmt.Println(b.Len(), strings.Count(b.String(), "x"))
	var lines strings.Builder
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		if i > 0 {
			lines.WriteString(", ")
		}
		lines.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(lines.String())
}

// Output:
// 0,1,2,3,4,|世end 17 3 <nil>
// "" 0
// true
// 1000 1000
// Alpha, Beta, Gamma
