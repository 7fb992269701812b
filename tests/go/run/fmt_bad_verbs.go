// Bad verbs, wrong types, missing and extra arguments: Go's %!verb(type=value) notation.
package main

import "fmt"

type P struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", nil)
	fmt.Printf("no verbs\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d\n", P{5})
	fmt.Printf("%s\n", P{5})
	fmt.Printf("%x\n", 1.5i)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%e\n", 10)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s %s\n", []int{1}, map[string]int{"k": 1})
	fmt.Printf("%.2f %d\n", "x", 3.5)
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%v %v\n")
	fmt.Println(fmt.Sprintf("%d", true))
	fmt.Printf("%-+ #0d\n", 5)
	fmt.Printf("%d\n", &P{1})
}

// Output:
// %!d(string=hi)
// %!s(int=42)
// %!t(int=1)
// %!z(int=3)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)1
// %!(EXTRA string=x, <nil>)no verbs
// %!(EXTRA int=5)%!!(MISSING)
// %!(NOVERB)
// {5}
// {%!s(int=5)}
// (0x0p+00+0x1.8p+00i)
// %!d(<nil>)
// %!s(<nil>)
// %!c(string=str)
// %!e(int=10)
// [%!d(string=a)]
// [%!s(int=1)] map[k:%!s(int=1)]
// %!f(string=x) %!d(float64=3.5)
// %!q(float64=1.5)
// %!v(MISSING) %!v(MISSING)
// %!d(bool=true)
// +5
// &{1}
