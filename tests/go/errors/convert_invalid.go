// Errorcheck: conversions that the language does not allow; string(int) and numeric conversions are allowed.
package main

import (
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Temp float64

func main() {
	n := 65
	f := 2.5
	s := "123"
	fmt.Println(string(rune(n)), string(n)) // fine: int to string is a valid conversion
	fmt.Println(int(s))                     // ERROR "cannot convert s \(variable of type string\) to type int"
	fmt.Println(string(f))                  // ERROR "cannot convert f \(variable of type float64\) to type string"
	fmt.Println(bool(n))                    // ERROR "cannot convert n \(variable of type int\) to type bool"
	p := Point{1, 2}
	v := Vec(p)                 // fine: identical underlying types
	fmt.Println(int(p))         // ERROR "cannot convert p \(variable of type Point\) to type int"
	fmt.Println([]int(s))       // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	fmt.Println(float64("1.5")) // ERROR "cannot convert .1\.5. \(untyped string constant\) to type float64"
	t := Temp(f)
	fmt.Println(t, v, []byte(s), []rune(s))
	var i interface{} = 3
	fmt.Println(int(i)) // ERROR "cannot convert i \(variable of type interface\{\}\) to type int"
	x, _ := strconv.Atoi(s)
	fmt.Println(x)
}
