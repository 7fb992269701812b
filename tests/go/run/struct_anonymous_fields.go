// Anonymous structs, struct literals with field names, nested composite literals with elided types.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	cfg := struct {
		Host string
		Port int
		Opts map[string]bool
	}{"localhost", 8080, map[string]bool{"tls": true}}
	fmt.Println(cfg.Host, cfg.Port, cfg.Opts["tls"])
	pts := []Point{{1, 2}, {X: 3}, {Y: 4}}
	fmt.Println(pts)
	ptrs := []*Point{{5, 6}, {}}
	fmt.Println(*ptrs[0], *ptrs[1])
	grid := map[string][]Point{"a": {{1, 1}}, "b": nil}
	fmt.Println(grid)
	arr := [...]Point{2: {9, 9}}
	fmt.Println(len(arr), arr)
	nested := [][2]Point{{{1, 2}, {3, 4}}}
	fmt.Println(nested)
	var anon []struct {
		K string
		V int
	}
	anon = append(anon, struct {
		K string
		V int
	}{"k", 1})
	fmt.Printf("%+v\n", anon)
	idx := [5]int{1: 10, 3: 30}
	fmt.Println(idx)
}

// Output:
// localhost 8080 true
// [{1 2} {3 0} {0 4}]
// {5 6} {0 0}
// map[a:[{1 1}] b:[]]
// 3 [{0 0} {0 0} {9 9}]
// [[{1 2} {3 4}]]
// [{K:k V:1}]
// [0 10 0 30 0]
