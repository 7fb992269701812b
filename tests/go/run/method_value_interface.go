// Method values taken from interface values and from embedded fields.
package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }
type Dog struct{ name string }
type Robot struct{ id int }

func (d Dog) Speak() string    { return d.name + ": woof" }
func (r *Robot) Speak() string { return fmt.Sprintf("robot-%d: beep", r.id) }

type Team struct {
	Dog
	motto string
}

func main() {
	var s Speaker = Dog{"rex"}
	f := s.Speak
	s = &Robot{7}
	g := s.Speak
	fmt.Println(f(), g())
	t := Team{Dog{"fido"}, "go"}
	h := t.Speak
	t.name = "changed"
	fmt.Println(h(), t.Speak())
	funcs := map[string]func(string) string{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}
	fmt.Println(funcs["upper"]("abc"), funcs["title"]("abc"))
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	fmt.Println(sb.String())
}

// Output:
// rex: woof robot-7: beep
// fido: woof changed: woof
// ABC Abc
// ab
