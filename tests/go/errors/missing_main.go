// errorcheck requiremain
// Errorcheck: package main without func main. gc reports this at link time without a position; gomini (with
// requireMain, as `gomini run` does) reports it at the package clause.
package main // ERROR "function main is undeclared in the main package"

import "fmt"

func helper() {
	fmt.Println("no main here")
}

func Main() {} // not main: names are case-sensitive
