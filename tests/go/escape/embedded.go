// Promoted fields and methods through embedded structs.
package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) } // ERROR "\.\.\. argument does not escape" "\"base \" escapes to heap" "b\.ID escapes to heap"
func (b *Base) SetID(id int)    { b.ID = id } // ERROR "b does not escape"

type Item struct {
	Base
	Name string
}

func main() {
	var it Item
	it.SetID(3)
	it.Name = "thing"
	fmt.Println(it.ID, it.Name) // ERROR "\.\.\. argument does not escape" "it\.Base\.ID escapes to heap" "it\.Name escapes to heap"
	fmt.Println(it.Describe()) // ERROR "\.\.\. argument does not escape" "Base\.Describe\(it\.Base\) escapes to heap"
}
