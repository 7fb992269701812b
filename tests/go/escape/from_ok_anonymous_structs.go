// Anonymous struct types: variables, slices of them, as map values, nested, compared and
// assigned to identical named types.
package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port) // ERROR "\.\.\. argument does not escape" "cfg\.Host escapes to heap" "cfg\.Port escapes to heap"
	fmt.Printf("%+v\n", cfg) // ERROR "\.\.\. argument does not escape" "cfg escapes to heap"

	var point struct{ X, Y float64 }
	point.X = 1.5
	fmt.Println(point) // ERROR "\.\.\. argument does not escape" "point escapes to heap"

	people := []struct {
		Name string
		Age  int
	}{ // ERROR "\[\]struct \{ Name string; Age int \}\{\.\.\.\} does not escape"
		{"Ann", 30},
		{Name: "Bo", Age: 25},
	}
	for _, p := range people {
		fmt.Println(p.Name, p.Age) // ERROR "\.\.\. argument does not escape" "p\.Name escapes to heap" "p\.Age escapes to heap"
	}

	m := map[string]struct{ Lo, Hi int }{ // ERROR "map\[string\]struct \{ Lo int; Hi int \}\{\.\.\.\} does not escape"
		"a": {1, 2},
	}
	fmt.Println(m["a"].Hi) // ERROR "\.\.\. argument does not escape" "m\[\"a\"\]\.Hi escapes to heap"

	nested := struct {
		Inner struct{ V int }
		List  []int
	}{List: []int{1}} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	nested.Inner.V = 5
	fmt.Printf("%+v\n", nested) // ERROR "\.\.\. argument does not escape" "nested escapes to heap"

	anon := struct {
		A int
		B string
	}{1, "x"}
	var n Named = anon // identical underlying types
	fmt.Println(n, n == Named(anon)) // ERROR "\.\.\. argument does not escape" "n escapes to heap" "n == Named\(anon\) escapes to heap"

	set := map[string]struct{}{} // ERROR "map\[string\]struct \{\}\{\} does not escape"
	set["x"] = struct{}{}
	set["y"] = struct{}{}
	_, has := set["x"]
	fmt.Println(len(set), has) // ERROR "\.\.\. argument does not escape" "len\(set\) escapes to heap" "has escapes to heap"

	var empty struct{}
	fmt.Println(empty == struct{}{}) // ERROR "\.\.\. argument does not escape" "empty == struct \{\}\{\} escapes to heap"
	fmt.Printf("%T\n", cfg) // ERROR "\.\.\. argument does not escape" "cfg escapes to heap"
}

// Output:
// localhost 8080
// {Host:localhost Port:8080}
// {1.5 0}
// Ann 30
// Bo 25
// 2
// {Inner:{V:5} List:[1]}
// {1 x} true
// 2 true
// true
// struct { Host string; Port int }
