// Imaginary literals and complex arithmetic: complex, real, imag, complex64 vs complex128, equality.
package main

import "fmt"

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), real(a*a), imag(a*a))
	fmt.Println(2i*2i, 1i*1i == -1)
	fmt.Println(0i, 1_0i, 0x10i, 1e2i, .5i, 0o17i)

	var c64 complex64 = 1 + 2i
	c64 *= 2
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Printf("%T %T\n", real(c64), imag(a))

	conj := complex(real(a), -imag(a))
	fmt.Println(a*conj, real(a*conj))
	fmt.Println(a == complex(3, 4), a != b)

	const k = 2i * 2i // untyped complex constant with zero imaginary part
	var n int = k
	fmt.Println(n)
	fmt.Printf("%.2f\n", a)
}

// Output:
// (3+4i) (1-2i)
// (4+2i) (2+6i) (11-2i) (-1+2i)
// 3 4 -7 24
// (-4+0i) true
// (0+0i) (0+10i) (0+16i) (0+100i) (0+0.5i) (0+15i)
// complex64 (2+4i)
// float32 float64
// (25+0i) 25
// true true
// -4
// (3.00+4.00i)
