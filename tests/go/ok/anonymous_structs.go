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
	fmt.Println(cfg.Host, cfg.Port)
	fmt.Printf("%+v\n", cfg)

	var point struct{ X, Y float64 }
	point.X = 1.5
	fmt.Println(point)

	people := []struct {
		Name string
		Age  int
	}{
		{"Ann", 30},
		{Name: "Bo", Age: 25},
	}
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}

	m := map[string]struct{ Lo, Hi int }{
		"a": {1, 2},
	}
	fmt.Println(m["a"].Hi)

	nested := struct {
		Inner struct{ V int }
		List  []int
	}{List: []int{1}}
	nested.Inner.V = 5
	fmt.Printf("%+v\n", nested)

	anon := struct {
		A int
		B string
	}{1, "x"}
	var n Named = anon // identical underlying types
	fmt.Println(n, n == Named(anon))

	set := map[string]struct{}{}
	set["x"] = struct{}{}
	set["y"] = struct{}{}
	_, has := set["x"]
	fmt.Println(len(set), has)

	var empty struct{}
	fmt.Println(empty == struct{}{})
	fmt.Printf("%T\n", cfg)
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
