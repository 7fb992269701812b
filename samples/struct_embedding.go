// struct_embedding.go — composition by embedding.
//
// Embedding a type in a struct promotes its fields and methods to the outer struct, so the
// outer struct satisfies the same interfaces. An outer method with the same name shadows
// the promoted one, which stays reachable through the embedded field's name.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal // embedded: Dog gets Name, Legs, Describe, Rename, Sound
	Breed  string
}

func (d Dog) Sound() string { return "Woof" } // shadows Animal.Sound

type Speaker interface {
	Sound() string
	Describe() string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max") // promoted pointer method: Go takes &d.Animal
	fmt.Println(d.Name, d.Sound(), d.Animal.Sound())

	var s Speaker = d
	fmt.Println(s.Sound(), "/", s.Describe())
	fmt.Printf("%+v\n", d)
}

// Output:
// Rex 4 beagle
// Rex has 4 legs
// Max Woof ...
// Woof / Max has 4 legs
// {Animal:{Name:Max Legs:4} Breed:beagle}
