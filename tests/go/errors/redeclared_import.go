// Errorcheck: a package-level declaration may not reuse the name of an import in the file; locals may shadow it.
package main

import (
	"fmt"     // ERROR ".fmt. imported and not used"
	"strings" // ERROR ".strings. imported and not used"
	str "strings"
)

var fmt = "format" // ERROR "fmt already declared through import of package fmt"

func strings() {} // ERROR "strings already declared through import of package strings"

func main() {
	println(str.ToUpper("a"))
	strings := []string{"local shadowing is fine"}
	println(len(strings))
}
