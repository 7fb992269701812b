// fmt prints maps with keys sorted: numbers numerically, strings lexically, bools false first.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -1: "neg", 3: "three", 0: "zero"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "b", -1.5: "a", 10: "c"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, false: 6})
	fmt.Println(map[uint8][]string{3: {"x"}, 1: nil})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"k": {1, "x"}}, map[string]K{"k": {1, "x"}}, map[string]K{"k": {1, "x"}})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	m := map[int]map[string]int{2: {"z": 1, "y": 2}, 1: {}}
	fmt.Println(m)
	fmt.Println(map[string]int{})
}

// Output:
// map[-1:neg 0:zero 3:three 10:ten]
// map[:0 Cherry:3 apple:1 banana:2]
// map[false:0 true:1]
// map[-1.5:a 2.5:b 10:c]
// map[{1 a}:3 {1 b}:2 {2 a}:1]
// map[[1 2]:false [2 1]:true]
// map[false:6 1.5:5 1:4 2:2 a:3 b:1]
// map[1:[] 3:[x]]
// map[k:{1 x}]
// map[k:{A:1 B:x}]
// map[string]main.K{"k":main.K{A:1, B:"x"}}
// map[97:2 98:1]
// map[1:map[] 2:map[y:2 z:1]]
// map[]
