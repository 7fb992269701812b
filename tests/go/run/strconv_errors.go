// strconv errors are *NumError values with Go's messages; errors.Is finds ErrSyntax and ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	v, err := strconv.ParseInt("-300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("x")
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err))
	fmt.Printf("%T\n", err)
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// strconv.ParseInt: parsing "300": value out of range
// -128 strconv.ParseInt: parsing "-300": value out of range
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseInt: parsing "12": invalid bit size 65
// strconv.ParseFloat: parsing "1.5x": invalid syntax
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// strconv.ParseBool: parsing "yes": invalid syntax
// Atoi x invalid syntax true
// true false
// true value out of range
// *strconv.NumError
