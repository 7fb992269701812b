// Syntax error: a call's argument list continued on the next line without a trailing comma.
package main

import "fmt"

func main() {
	fmt.Println(1,
		2 // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	)
}
