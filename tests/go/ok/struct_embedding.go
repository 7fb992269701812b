// Embedded structs: promoted fields and methods, pointer embedding, overriding by the outer type,
// explicit access through the embedded type name, and interface satisfaction through promotion.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" } // shadows Animal.Kind

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type Describer interface{ Describe() string }

type Base struct{ ID int }
type Mid struct{ Base }
type Top struct {
	Mid
	Extra string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max") // promoted pointer method on addressable value
	fmt.Println(d.Animal.Name)
	fmt.Println(d.Kind(), d.Animal.Kind())

	var desc Describer = d
	fmt.Println(desc.Describe())

	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	s.prefix = "[changed] "
	s.Logger.Log("again")

	t := Top{Mid{Base{42}}, "x"}
	fmt.Println(t.ID, t.Mid.ID, t.Mid.Base.ID)
	t.ID = 7
	fmt.Println(t.Base.ID)

	fmt.Printf("%+v\n", d)
	fmt.Printf("%+v\n", t)

	pd := &Dog{Animal: Animal{Name: "Fido"}}
	pd.Legs = 3
	fmt.Println(pd.Describe())
}

// Output:
// Rex 4 lab
// Rex has 4 legs
// Max
// dog animal
// Max has 4 legs
// [svc] started api
// [changed] again
// 42 42 42
// 7
// {Animal:{Name:Max Legs:4} Breed:lab}
// {Mid:{Base:{ID:7}} Extra:x}
// Fido has 3 legs
