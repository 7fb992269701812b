// Signed integers of every width wrap around on overflow (two's complement).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1 =", b)
	b = -128
	b = -b
	fmt.Println("int8 -(-128) =", b)
	var c int16 = 32767
	c += 10
	fmt.Println("int16:", c)
	var d int32 = 2147483647
	d *= 2
	fmt.Println("int32 max*2 =", d)
	var e int64 = 9223372036854775807
	e++
	fmt.Println("int64 max+1 =", e)
	var f int = -9223372036854775808
	f--
	fmt.Println("int min-1 =", f)
	var g int8 = 100
	g *= 3
	fmt.Println("int8 100*3 =", g)
	var h int32 = 1 << 30
	fmt.Println("int32 mul:", h*4, h*3)
	var m int16 = -32768
	fmt.Println("int16 -min:", -m, m*-1)
}

// Output:
// int8 127+1 = -128
// int8 -128-1 = 127
// int8 -(-128) = -128
// int16: -32759
// int32 max*2 = -2
// int64 max+1 = -9223372036854775808
// int min-1 = 9223372036854775807
// int8 100*3 = 44
// int32 mul: 0 -1073741824
// int16 -min: -32768 -32768
