// Errorcheck: len and cap accept only strings, arrays, pointers to arrays, slices, maps (len only) and channels.
package main

import "fmt"

type Celsius float64

func main() {
	n := 10
	fmt.Println(len(n)) // ERROR "invalid argument: n \(variable of type int\) for (built-in )?len"
	m := map[string]int{}
	fmt.Println(cap(m)) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for (built-in )?cap"
	fmt.Println(len(m)) // fine
	var c Celsius
	fmt.Println(len(c)) // ERROR "invalid argument: c \(variable of type Celsius\) for (built-in )?len"
	s := "héllo"
	fmt.Println(cap(s)) // ERROR "invalid argument: s \(variable of type string\) for (built-in )?cap"
	arr := [3]int{}
	p := &arr
	fmt.Println(len(p), cap(arr), len(s)) // fine
	fmt.Println(len())                    // ERROR "not enough arguments for len\(\) \(expected 1, found 0\)"
	fmt.Println(len(s, s))                // ERROR "too many arguments for len\(s, s\) \(expected 1, found 2\)"
	ch := make(chan int, 4)
	fmt.Println(len(ch), cap(ch)) // fine
}
