// complex128 and complex64: arithmetic, real/imag/complex, printing and equality.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a/b))
	var c complex64 = complex(float32(1.5), -0.25)
	fmt.Println(c, c*c, real(c), imag(c))
	fmt.Println(a == complex(1, 2), a != b)
	z := 0i
	fmt.Println(a/z, -a)
	d := complex128(c)
	fmt.Println(d, complex64(a))
	fmt.Printf("%v %.2f %T %T\n", a, b, a, c)
	x := 2.0
	fmt.Println(complex(x, x) * 1i)
	var zero complex128
	fmt.Println(zero, zero == 0)
}

// Output:
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// 11 0.4
// (1.5-0.25i) (2.1875-0.75i) 1.5 -0.25
// true true
// (+Inf+Infi) (-1-2i)
// (1.5-0.25i) (1+2i)
// (1+2i) (3.00-4.00i) complex128 complex64
// (-2+2i)
// (0+0i) true
