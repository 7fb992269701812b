// Tagless switch (switch true) used as an if-else chain, with and without init.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	switch t := 15; {
	case t < 10:
		fmt.Println("cold")
	case t < 20:
		fmt.Println("mild")
	default:
		fmt.Println("hot")
	}
	x, y := 3, 4
	switch {
	case x > y:
		fmt.Println("x bigger")
	case x < y && y < 10:
		fmt.Println("y bigger and small")
	}
}

// Output:
// 95 A
// 85 B
// 72 C
// 10 F
// mild
// y bigger and small
