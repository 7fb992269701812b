// Many short-lived closures, maps and interfaces; a few survive and must stay intact.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

func main() {
	var survivors []func() int
	var shapes []Shape
	total := 0
	for i := 0; i < 100000; i++ {
		m := map[int]*Sq{i: {i % 7}}
		var sh Shape = m[i]
		total += sh.Area()
		n := i
		f := func() int { return n + m[n].s }
		if i%20000 == 0 {
			survivors = append(survivors, f)
			shapes = append(shapes, sh)
		}
	}
	runtime.GC()
	for i, f := range survivors {
		fmt.Println(i, f(), shapes[i].Area())
	}
	fmt.Println(total)
}

// Output:
// 0 0 0
// 1 20001 1
// 2 40002 4
// 3 60003 9
// 4 80004 16
// 1299965
