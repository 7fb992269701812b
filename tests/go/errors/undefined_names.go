// Errorcheck: references to names that are declared nowhere (variables, functions, types, package members).
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func area(w, h int) int { return w * h }

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(totl)                // ERROR "undefined: totl"
	fmt.Println(area(2, 3), aera(2)) // ERROR "undefined: aera"
	var p pointt                     // ERROR "undefined: pointt"
	q := point{1, 2}
	fmt.Println(strings.ToUpperCase("go")) // ERROR "undefined: strings\.ToUpperCase"
	fmt.Println(q, p, total)
	fmt.Printn("done") // ERROR "undefined: fmt\.Printn"
	undefinedFunc()    // ERROR "undefined: undefinedFunc"
}
