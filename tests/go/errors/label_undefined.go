// Errorcheck: goto, break and continue naming labels that do not exist (gc checks these while parsing).
package main

import "fmt"

func search(grid [][]int, want int) bool {
outer:
	for _, row := range grid {
		for _, v := range row {
			if v == want {
				break found // ERROR "break label not defined: found"
			}
			if v < 0 {
				continue outer
			}
		}
	}
	return false
}

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto done // ERROR "label done not defined"
	for j := 0; j < 2; j++ {
		continue next // ERROR "continue label not defined: next"
	}
	fmt.Println(search(nil, 1))
}
