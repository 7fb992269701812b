// Errorcheck: calling something that is not a function.
package main

import "fmt"

type Config struct {
	Name  string
	Debug bool
}

type Celsius float64

func main() {
	count := 3
	count() // ERROR "invalid operation: cannot call non-function count \(variable of type int\)"
	cfg := Config{Name: "x"}
	cfg.Name() // ERROR "invalid operation: cannot call non-function cfg\.Name \(variable of type string\)"
	msg := "hello"
	fmt.Println(msg(0)) // ERROR "invalid operation: cannot call non-function msg \(variable of type string\)"
	var fn func() int
	fmt.Println(fn())       // fine (a nil func panics only at run time)
	fmt.Println(Celsius(3)) // fine: a conversion
	handlers := []func(){}
	handlers[0]()                // fine
	fmt.Println(cfg.Debug(true)) // ERROR "invalid operation: cannot call non-function cfg\.Debug \(variable of type bool\)"
}
