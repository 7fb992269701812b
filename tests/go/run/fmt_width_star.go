// Width and precision from arguments with *, including negative and bad values.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%*d]\n", -5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%*s]\n", 8, "hi")
	fmt.Printf("[%.*s]\n", 1, "hello")
	fmt.Printf("[%*d]\n", "x", 42)
	fmt.Printf("[%.*d]\n", -1, 42)
	fmt.Printf("[%*d]\n", 10000000, 1)
	fmt.Printf("[%[2]d %[1]d]\n", 1, 2)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%d %d %#[1]x %#x]\n", 16, 17)
	fmt.Printf("[%[5]d]\n", 1, 2)
	fmt.Printf("[%[0]d]\n", 1)
	fmt.Printf("[%[x]d]\n", 1)
}

// Output:
// [   42]
// [42   ]
// [42   ]
// [3.14]
// [     3.142]
// [      hi]
// [h]
// [%!(BADWIDTH)42]
// [%!(BADPREC)42]
// [%!(BADWIDTH)1]
// [2 1]
// [ 12.00]
// [16 17 0x10 0x11]
// [%!d(BADINDEX)]
// [%!d(BADINDEX)]
// [%!d(BADINDEX)]
