// Renamed imports, single and inside a group; the new name is used as the qualifier.
package main

import str "strings"

import (
	f "fmt"
	conv "strconv"
)

func main() {
	f.Println(str.ToUpper("renamed"))
	f.Println(conv.Itoa(42) + "!")
	strings := "a local named strings does not clash"
	f.Println(strings)
}

// Output:
// RENAMED
// 42!
// a local named strings does not clash
