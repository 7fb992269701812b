// Errorcheck: imported packages that are never used, plain and renamed; blank imports are fine.
package main

import (
	"errors"
	"fmt"
	_ "math"
	"os"   // ERROR ".os. imported and not used"
	"sort" // ERROR ".sort. imported and not used"
	conv "strconv"
	str "strings"  // ERROR ".strings. imported as str and not used"
	"unicode/utf8" // ERROR ".unicode/utf8. imported and not used"
)

func main() {
	err := errors.New("boom")
	fmt.Println(err, conv.Itoa(3))
}
