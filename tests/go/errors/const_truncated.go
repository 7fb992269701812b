// Errorcheck: untyped float constants that are not exactly representable as integers.
package main

import "fmt"

const ratio = 2.5
const whole = 4.0

func main() {
	var n int = ratio // ERROR "cannot use ratio \(untyped float constant 2\.5\) as int value in variable declaration \(truncated\)"
	var m int = whole // fine: 4.0 is an integer value
	k := 10
	k = k * 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	idx := []int{1, 2, 3}
	fmt.Println(idx[1.0])  // fine
	fmt.Println(idx[1.5])  // ERROR "1\.5 \(untyped float constant\) truncated to int"
	var r rune = 'a' + 0.5 // ERROR "cannot use 'a' \+ 0\.5 \(untyped float constant 97\.5\) as rune value in variable declaration \(truncated\)"
	fmt.Println(n, m, k, r)
	fmt.Println(int(ratio)) // ERROR "cannot convert ratio \(untyped float constant 2\.5\) to type int"
}
