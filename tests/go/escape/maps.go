// Maps: local maps do not escape; values stored in maps do.
package main

func count(words []string) int { // ERROR "leaking param content: words"
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape"
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func build() map[int]*int {
	m := map[int]*int{} // ERROR "map\[int\]\*int\{\} escapes to heap"
	v := 1 // ERROR "moved to heap: v"
	m[0] = &v
	return m
}

func lit() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	return m["a"]
}

func main() {
	println(count([]string{"a", "b", "a"}), len(build()), lit()) // ERROR "\[\]string\{\.\.\.\} does not escape"
}
