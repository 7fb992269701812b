// Errorcheck: a local declaration shadows a type or a package name, so later uses as type/package fail.
package main

import (
	"fmt"
	"strings"
)

type item struct{ name string }

func main() {
	item := item{name: "a"}
	var other item // ERROR "item \(variable of type item\) is not a type"
	fmt.Println(item, other)

	fmt.Println(strings.ToUpper("ok"))
	strings := []string{"x", "y"}
	fmt.Println(strings.Join(strings, ",")) // ERROR "strings\.Join undefined \(type \[\]string has no field or method Join\)"

	fmt := "shadowed"
	fmt.Println(fmt) // ERROR "fmt\.Println undefined \(type string has no field or method Println\)"

	len := 3
	n := len("abc") // ERROR "invalid operation: cannot call non-function len \(variable of type int\)"
	_ = n
}
