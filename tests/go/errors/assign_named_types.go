// Errorcheck: defined (named) types are distinct from their underlying type; unnamed composite types are assignable.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type IntList []int
type Handler func(string) error
type Meters int

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 100
	var f Fahrenheit = c // ERROR "cannot use c \(variable of type Celsius\) as Fahrenheit value in variable declaration"
	var raw float64 = c  // ERROR "cannot use c \(variable of type Celsius\) as float64 value in variable declaration"
	c = raw              // ERROR "cannot use raw \(variable of type float64\) as Celsius value in assignment"
	c = 37.5             // fine: untyped constant
	f = toF(c)

	var list IntList = []int{1, 2}                      // fine: []int is unnamed with identical underlying type
	var plain []int = list                              // fine
	var h Handler = func(s string) error { return nil } // fine
	fmt.Println(toF(f))                                 // ERROR "cannot use f \(variable of type Fahrenheit\) as Celsius value in argument to toF"

	var m Meters = 5
	var n int = m // ERROR "cannot use m \(variable of type Meters\) as int value in variable declaration"
	m = Meters(n) // conversion is fine
	fmt.Println(c, f, raw, list, plain, h, m, n)
}
