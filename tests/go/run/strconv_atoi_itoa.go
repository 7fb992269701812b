// strconv.Itoa, Atoi, FormatInt, ParseInt/ParseUint in several bases, AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0), strconv.Itoa(9223372036854775807))
	n, err := strconv.Atoi("4567")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-0012")
	fmt.Println(n, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 10))
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0b101", 0, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-128", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("42", 10, 32)
	fmt.Println(u, err)
	b := strconv.AppendInt([]byte("x="), -7, 10)
	fmt.Println(string(b))
}

// Output:
// -123 0 9223372036854775807
// 4567 <nil>
// -12 <nil>
// 11111111 -ff z 18446744073709551615
// 255 <nil>
// 31 <nil>
// 5 <nil>
// 15 <nil>
// 1000 <nil>
// -128 <nil>
// 42 <nil>
// x=-7
