// Struct tags (raw and interpreted strings) are part of the type; they do not affect values or printing.
package main

import "fmt"

type User struct {
	Name  string `json:"name" db:"user_name"`
	Email string `json:"email,omitempty"`
	Age   int    "age:\"years\""
	pass  string
}

type Tagged struct {
	V int `k:"v"`
}

func main() {
	u := User{Name: "ann", Email: "a@x.org", Age: 30, pass: "secret"}
	fmt.Printf("%+v\n", u)
	fmt.Println(u.Name, u.Age)

	x := struct {
		V int `k:"v"`
	}{3}
	t := Tagged(x) // conversion: identical types including tags
	fmt.Println(t.V)
	var y Tagged = x
	fmt.Println(y)
}

// Output:
// {Name:ann Email:a@x.org Age:30 pass:secret}
// ann 30
// 3
// {3}
