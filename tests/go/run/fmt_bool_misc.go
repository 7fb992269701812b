// %t, %%, %v on bools, Sprint spacing rules, Sprintln, Print of mixed operands.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("100%%\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3, "c", "d", 4.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", "y"), fmt.Sprint(1, "x", 2))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Print(nil, nil, "\n")
	s := fmt.Sprintln("x", 1, true, nil)
	fmt.Printf("%q\n", s)
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 1, 2)
	fmt.Fprintf(os.Stdout, "fprintf %d\n", 3)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s\n", "héllo")
	fmt.Println(n)
}

// Output:
// true false  true|false |
// 100%
// a1 2b3cd4.5 true false
// 1 2 3 xy 1x2
// 1 2
// ab
// <nil> <nil>
// "x 1 true <nil>\n"
// fprint1 2
// fprintln 1 2
// fprintf 3
// counted
// 8 <nil>
// héllo
// 7
