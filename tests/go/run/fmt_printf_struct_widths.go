// Widths apply to each element inside composite values; %x on structs and slices of strings.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%5d\n", []int{1, 22, 333})
	fmt.Printf("%-4d|\n", [3]int{1, 2, 3})
	fmt.Printf("%6.2f\n", []float64{1, 2.345})
	fmt.Printf("%x\n", P{255, "hi"})
	fmt.Printf("%5v\n", P{1, "a"})
	fmt.Printf("%q\n", P{1, "a"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%03d\n", map[string]int{"a": 1, "b": 22})
	fmt.Printf("%+v\n", []P{{1, "x"}, {2, "y"}})
	fmt.Printf("%#v\n", []P{{1, "x"}})
	fmt.Printf("%v\n", [][]string{{"a"}, {}})
	fmt.Printf("%v\n", struct {
		P
		N []P
		M map[string]P
	}{P{1, "e"}, []P{{2, "n"}}, map[string]P{"m": {3, "m"}}})
}

// Output:
// [    1    22   333]
// [1    2    3   ]|
// [  1.00   2.35]
// {ff 6869}
// {    1     a}
// {'\x01' "a"}
// [6162 6364]
// map[%!d(string=00a):001 %!d(string=00b):022]
// [{X:1 S:x} {X:2 S:y}]
// []main.P{main.P{X:1, S:"x"}}
// [[a] []]
// {{1 e} [{2 n}] map[m:{3 m}]}
