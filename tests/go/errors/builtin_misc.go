// Errorcheck: complex/real/imag argument types, panic/print argument counts, builtins used as values.
package main

import "fmt"

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	c := complex(f32, f64) // ERROR "invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)"
	n := 3
	d := complex(n, n)    // ERROR "invalid argument: arguments have type int, expected floating-point"
	ok := complex(f64, 1) // fine
	r := real(n)          // ERROR "invalid argument: argument has type int, expected complex type"
	i := imag(ok)         // fine
	panic()               // ERROR "not enough arguments for panic\(\) \(expected 1, found 0\)"
	fmt.Println(c, d, r, i)
	fn := len               // ERROR "len \(built-in\) must be called"
	fmt.Println(fn, append) // ERROR "append \(built-in\) must be called"
}
