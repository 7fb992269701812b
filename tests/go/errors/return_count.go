// Errorcheck: return statements with too few or too many values, and values returned from functions without results.
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return errors.New("empty") // ERROR "not enough return values\n\thave \(error\)\n\twant \(int, error\)"
	}
	if s == "x" {
		return 0, nil, nil // ERROR "too many return values"
	}
	return len(s), nil
}

func log(msg string) {
	if msg == "" {
		return "nothing" // ERROR "too many return values"
	}
	fmt.Println(msg)
}

func name() string {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(string\)"
}

func pair() (x, y int) {
	return 1 // ERROR "not enough return values"
}

func main() {
	n, err := parse("12")
	fmt.Println(n, err, name())
	log("hi")
	fmt.Println(pair())
}
