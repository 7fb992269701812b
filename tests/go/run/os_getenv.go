// Env: GOMINI_TEST_GREETING=hello from env
// Env: GOMINI_TEST_EMPTY=
// os.Getenv returns the value or "" when unset; LookupEnv distinguishes empty from unset.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GOMINI_TEST_GREETING"))
	fmt.Printf("%q\n", os.Getenv("GOMINI_TEST_EMPTY"))
	fmt.Printf("%q\n", os.Getenv("GOMINI_TEST_SURELY_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("GOMINI_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOMINI_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
}

// Output:
// "hello from env"
// ""
// ""
// "" true
// "" false
