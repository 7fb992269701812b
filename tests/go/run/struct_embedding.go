// Embedded structs promote fields and methods; outer fields shadow inner ones.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	Base
	Name  string
	Extra bool
}

type Deep struct {
	Derived
	Level int
}

func main() {
	d := Derived{Base: Base{1, "inner"}, Name: "outer"}
	fmt.Println(d.ID, d.Name, d.Base.Name)
	d.SetID(7)
	fmt.Println(d.Describe(), d.ID)
	dp := Deep{Derived: d, Level: 3}
	dp.SetID(9)
	fmt.Println(dp.ID, dp.Describe(), dp.Derived.Base.ID, d.ID)
	fmt.Printf("%+v\n", dp)
	type Describer interface{ Describe() string }
	var ds Describer = dp
	fmt.Println(ds.Describe())
	var setter interface{ SetID(int) } = &dp
	setter.SetID(11)
	fmt.Println(dp.ID)
}

// Output:
// 1 outer inner
// Base(7, inner) 7
// 9 Base(9, inner) 9 7
// {Derived:{Base:{ID:9 Name:inner} Name:outer Extra:false} Level:3}
// Base(9, inner)
// 11
