// Errorcheck: selectors naming fields or methods that the type does not have.
package main

import (
	"fmt"
	"strings"
	"time"
)

type User struct {
	Name  string
	email string
}

func (u User) Greeting() string { return "hi " + u.Name }

type Store interface {
	Get(key string) string
}

func main() {
	u := User{Name: "ann"}
	fmt.Println(u.Age)     // ERROR "u\.Age undefined \(type User has no field or method Age\)"
	fmt.Println(u.Greet()) // ERROR "u\.Greet undefined \(type User has no field or method Greet\)"
	p := &u
	fmt.Println(p.Address) // ERROR "p\.Address undefined \(type \*User has no field or method Address\)"
	var s Store
	s.Put("k", "v") // ERROR "s\.Put undefined \(type Store has no field or method Put\)"
	d := time.Second
	fmt.Println(d.Days()) // ERROR "d\.Days undefined \(type time\.Duration has no field or method Days\)"
	var b strings.Builder
	b.Append("x") // ERROR "b\.Append undefined \(type strings\.Builder has no field or method Append\)"
	n := 3
	fmt.Println(n.String()) // ERROR "n\.String undefined \(type int has no field or method String\)"
	pp := &p
	fmt.Println(pp.Name) // ERROR "pp\.Name undefined \(type \*\*User has no field or method Name\)"
	fmt.Println(u.email, b.String())
}
