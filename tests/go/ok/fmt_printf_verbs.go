// fmt formatting verbs, flags, width and precision; Sprint/Sprintln spacing rules; Println of composite values.
package main

import (
	"fmt"
	"os"
)

type P struct {
	X, Y int
	Name string
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%s|%10s|%-10s|%q|%v|%.2s\n", "go", "go", "go", "go", "go", "golang")
	fmt.Printf("%f|%.1f|%8.2f|%-8.2f|%e|%g|%v\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159, 0.000012, 2.0)
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	p := P{1, 2, "pt"}
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	fmt.Printf("%T|%T|%T|%T|%T\n", p, &p, []P{}, map[string]int{}, nil)
	fmt.Printf("%v %v %v %v\n", []int{1, 2}, [2]bool{true}, map[string]int{"b": 2, "a": 1}, []string{"x", "y"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 1)
	fmt.Printf("%x|% x|%X\n", "hi", "hi", []byte("hi"))
	fmt.Printf("%v|%d\n", []byte("AB"), []byte("AB"))
	fmt.Printf("%6.2f|%06.2f|%+.1e\n", -1.5, 1.5, 12345.678)
	fmt.Printf("%v %v\n", nil, error(nil))
	var ip *int
	var e interface{}
	fmt.Println(ip == nil, e)
	bad, missing := "%d %s\n", "%d %d\n" // non-constant formats, so go vet does not object
	fmt.Printf(bad, "str", 5)            // bad verbs are reported inline
	fmt.Printf(missing, 1)

	s := fmt.Sprint("a", "b", 1, 2, "c", 3.5, true)
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, true)
	fmt.Print(s)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"))
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Println([]interface{}{1, "a", nil, 2.5})
	fmt.Println(struct {
		A []int
		M map[int]bool
		P *int
	}{A: []int{1}})
}

// Output:
// 42|   42|42   |00042|+42|ff|FF|10|101|G|U+0047
// go|        go|go        |"go"|go|go
// 3.141590|3.1|    3.14|3.14    |3.141590e+02|1.2e-05|2
// true|false| true
// {1 2 pt}|{X:1 Y:2 Name:pt}
// &{1 2 pt}|&{X:1 Y:2 Name:pt}
// main.P|*main.P|[]main.P|map[string]int|<nil>
// [1 2] [true false] map[a:1 b:2] [x y]
// ["a b" "c"]
// 50%
//    7|1  |
// 6869|68 69|6869
// [65 66]|[65 66]
//  -1.50|001.50|+1.2e+04
// <nil> <nil>
// true <nil>
// %!d(string=str) %!s(int=5)
// 1 %!d(MISSING)
// ab1 2c3.5 true
// a 1 true
// 007-x
// to stdout 1
// k=9
// [1 a <nil> 2.5]
// {[1] map[] <nil>}
