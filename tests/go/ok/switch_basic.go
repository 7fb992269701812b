// Expression switch: tag, init statement, multiple values per case, default anywhere, break in a case.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	default:
		return "other"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func main() {
	for _, c := range []byte("a b7x") {
		fmt.Println(string(c), kind(c))
	}

	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten, x =", x)
	}

	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
		if len(s) == 2 {
			break
		}
		fmt.Println("not printed")
	case "other":
		fmt.Println("other")
	}

	day := 3
	switch day {
	case 1, 2, 3, 4, 5:
		fmt.Println("weekday")
	case 6, 7:
		fmt.Println("weekend")
	}

	switch {
	}
	switch x := 1; {
	case x > 0:
		fmt.Println("positive")
	}

	// cases are evaluated top to bottom, left to right, until one matches
	calls := 0
	f := func(v int) int {
		calls++
		return v
	}
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched after", calls, "calls")
	case f(4):
		fmt.Println("no")
	}

	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}

// Output:
// a vowel
//   space
// b other
// 7 digit
// x other
// ten, x = 5
// matched golang
// weekday
// positive
// matched after 2 calls
// int 3
