// Errorcheck: fallthrough only as the last statement of a non-final expression-switch case.
package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n > 90:
		s += "A"
		fallthrough // fine
	case n > 80:
		s += "B"
	case n > 70:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	return s
}

func kind(v interface{}) string {
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		return "scalar"
	}
	return ""
}

func main() {
	switch x := 1; x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		fmt.Println("after")
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
	}
	for i := 0; i < 1; i++ {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	fmt.Println(grade(95), kind(1))
}
