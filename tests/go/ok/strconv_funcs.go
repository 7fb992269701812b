// strconv: Itoa, Atoi (with errors), FormatInt in several bases, ParseInt, Quote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123)+"!", strconv.Itoa(-45), strconv.Itoa(0))

	n, err := strconv.Atoi("789")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err != nil)
	m, err := strconv.Atoi("-42")
	fmt.Println(m, err == nil)

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 8), strconv.FormatInt(35, 36))

	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-101", 2, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)

	fmt.Println(strconv.Quote("hello \"world\"\n"), strconv.Quote("tab\t"), strconv.Quote("é"))

	total := 0
	for _, s := range []string{"1", "2", "x", "4"} {
		if k, err := strconv.Atoi(s); err == nil {
			total += k
		}
	}
	fmt.Println(total)
}

// Output:
// 123! -45 0
// 790 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// true
// -42 true
// 11111111 ff -377 z
// 255 <nil>
// -5 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 31 <nil>
// "hello \"world\"\n" "tab\t" "é"
// 7
