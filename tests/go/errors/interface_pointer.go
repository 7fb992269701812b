// Errorcheck: a pointer to an interface has no methods; method calls and assignments need the interface itself.
package main

import (
	"errors"
	"fmt"
)

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func talk(s *Speaker) string {
	return s.Speak() // ERROR "s\.Speak undefined \(type \*Speaker is pointer to interface, not interface\)"
}

func main() {
	var s Speaker = Dog{}
	p := &s
	fmt.Println(talk(p), (*p).Speak()) // fine: explicit dereference
	var e error = errors.New("x")
	pe := &e
	fmt.Println(pe.Error()) // ERROR "pe\.Error undefined \(type \*error is pointer to interface, not interface\)"
	var s2 Speaker = &s     // ERROR "cannot use &s \(value of type \*Speaker\) as Speaker value in variable declaration: \*Speaker does not implement Speaker \(type \*Speaker is pointer to interface, not interface\)"
	fmt.Println(s2)
}
