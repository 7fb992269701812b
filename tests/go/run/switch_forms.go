// Switch with init statements, multiple values per case, no tag, and evaluation order.
package main

import "fmt"

func val(n int) int {
	fmt.Println("eval", n)
	return n
}

func main() {
	for _, c := range "a1 .Z" {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			fmt.Println(string(c), "letter")
		case c >= '0' && c <= '9':
			fmt.Println(string(c), "digit")
		case c == ' ':
			fmt.Println("space")
		default:
			fmt.Println(string(c), "other")
		}
	}
	switch val(3) {
	case val(1), val(2):
		fmt.Println("no")
	case val(3), val(4):
		fmt.Println("matched 3")
	case val(5):
		fmt.Println("no")
	}
	switch s := "go"; s + "!" {
	case "go!":
		fmt.Println("excited")
	}
	switch {
	}
	var i interface{} = 2
	switch i {
	case 1, "2":
		fmt.Println("no")
	case 2:
		fmt.Println("interface 2")
	}
}

// Output:
// a letter
// 1 digit
// space
// . other
// Z letter
// eval 3
// eval 1
// eval 2
// eval 3
// matched 3
// excited
// interface 2
