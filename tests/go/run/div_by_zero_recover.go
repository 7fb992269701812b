// Integer division and remainder by zero panic; float division by zero does not.
package main

import "fmt"

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	fmt.Println(name, "=", f())
}

func main() {
	zero := 0
	var z8 int8
	var zu uint
	try("10/0", func() int { return 10 / zero })
	try("10%0", func() int { return 10 % zero })
	try("int8", func() int { return int(int8(5) / z8) })
	try("uint", func() int { return int(uint(5) % zu) })
	try("10/2", func() int { return 10 / (zero + 2) })
	fz := 0.0
	fmt.Println(1/fz, -1/fz, fz/fz == fz/fz)
}

// Output:
// 10/0 panicked: runtime error: integer divide by zero
// 10%0 panicked: runtime error: integer divide by zero
// int8 panicked: runtime error: integer divide by zero
// uint panicked: runtime error: integer divide by zero
// 10/2 = 5
// +Inf -Inf false
