// Type switches and assertions.
package main

type Stringer interface{ String() string }

type Name struct{ s string }

func (n Name) String() string { return n.s } // ERROR "leaking param: n to result ~r0 level=0"

func kind(v interface{}) int { // ERROR "v does not escape"
	switch x := v.(type) {
	case int:
		return x
	case string:
		return len(x)
	case *int:
		return *x
	}
	return -1
}

func asPtr(v interface{}) *int { // ERROR "leaking param: v to result ~r0 level=0"
	p, _ := v.(*int)
	return p
}

func str(v interface{}) string { // ERROR "leaking param: v"
	if s, ok := v.(Stringer); ok {
		return s.String()
	}
	return ""
}

func main() {
	n := 7
	println(kind(1), kind("ab"), kind(&n)) // ERROR "1 does not escape" "\"ab\" does not escape"
	m := 8
	_ = asPtr(&m)
	println(str(Name{"x"})) // ERROR "Name\{\.\.\.\} escapes to heap"
}
