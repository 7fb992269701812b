// Renamed imports, single and inside a group; the new name is used as the qualifier.
package main

import str "strings"

import (
	f "fmt"
	conv "strconv"
)

func main() {
	f.Println(str.ToUpper("renamed")) // ERROR "\.\.\. argument does not escape" "strings\.ToUpper\(\"renamed\"\) escapes to heap"
	f.Println(conv.Itoa(42) + "!") // ERROR "\.\.\. argument does not escape" "strconv\.Itoa\(42\) \+ \"!\" escapes to heap" "strconv\.Itoa\(42\) \+ \"!\" escapes to heap"
	strings := "a local named strings does not clash"
	f.Println(strings) // ERROR "\.\.\. argument does not escape" "strings escapes to heap"
}

// Output:
// RENAMED
// 42!
// a local named strings does not clash
