// Operator precedence: * / % << >> & &^ bind tighter than + - | ^, then comparisons, then &&, then ||;
// unary operators bind tightest.
package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println(2+3*4, (2+3)*4)
	fmt.Println(10-4-3, 10-(4-3))
	fmt.Println(100/10/5, 100/(10/5))
	fmt.Println(1+2<<3, (1+2)<<3)
	fmt.Println(7&3|4, 7&(3|4))
	fmt.Println(6^3&5, (6^3)&5)
	fmt.Println(15&^4+1, 15&^(4+1))
	fmt.Println(-2*-3, - -4, ^0, ^5)
	fmt.Println(17%5*2, 17%(5*2))
	fmt.Println(1 < 2 == true, 3+4 > 6)
	yes, no, nope := true, false, false
	fmt.Println(yes || no && nope, (yes || no) && nope)
	fmt.Println(!true == false, !(1 > 2))
	x := 5
	p := &x
	fmt.Println(*p**p, -*p+1)
	a, b, c := 2, 3, 4
	fmt.Println(a*b+c*a-b/a%c, a<<b>>1|c)

	// && and || short-circuit left to right
	fmt.Println(t("a", false) && t("b", true))
	fmt.Println(t("c", true) || t("d", true))
	fmt.Println(t("e", true) && t("f", false) || t("g", true))
}

// Output:
// 14 20
// 3 9
// 2 50
// 17 24
// 7 7
// 7 5
// 12 10
// 6 4 -1 -6
// 4 7
// true true
// true false
// true true
// 25 -4
// 13 12
// a false
// c true
// e f g true
