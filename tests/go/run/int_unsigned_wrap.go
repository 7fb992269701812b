// Unsigned integers wrap modulo 2^n; subtraction below zero wraps to the maximum.
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8 255+1 =", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 0-1 =", b)
	var c uint16 = 65535
	c += 2
	fmt.Println("uint16:", c)
	var d uint32 = 0
	d -= 1
	fmt.Println("uint32 0-1 =", d)
	var e uint64 = 0
	e--
	fmt.Println("uint64 0-1 =", e)
	var f uint = 1 << 63
	fmt.Println("uint 2^63*2 =", f*2)
	var g uint8 = 200
	fmt.Println("uint8 200*2 =", g*2, "200+100 =", g+100)
	var x uint32 = 0xdeadbeef
	fmt.Println("uint32 x*x =", x*x)
	var y uint8 = 3
	fmt.Println("-y =", -y, "^y =", ^y)
	var z uintptr = 0
	z--
	fmt.Println(z == ^uintptr(0))
}

// Output:
// uint8 255+1 = 0
// uint8 0-1 = 255
// uint16: 1
// uint32 0-1 = 4294967295
// uint64 0-1 = 18446744073709551615
// uint 2^63*2 = 0
// uint8 200*2 = 144 200+100 = 44
// uint32 x*x = 560833313
// -y = 253 ^y = 252
// true
