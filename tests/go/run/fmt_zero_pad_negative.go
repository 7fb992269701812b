// Zero padding goes after the sign; left-justification disables zero padding.
package main

import "fmt"

func main() {
	fmt.Printf("[%08.3f][%08d][%+08d][%-08d][% 08d]\n", -3.14159, -42, 42, -42, 42)
	fmt.Printf("[%08x][%#08x][%08X][%08b]\n", -255, -255, 255, -5)
	fmt.Printf("[%010.2e][%+010.3g][%010v]\n", -1234.5, 0.000123, -7.5)
	fmt.Printf("[%05s][%05q][%05t]\n", "ab", "ab", true)
	fmt.Printf("[%06.2f][%-6.2f][%6.0f]\n", 2.0/3, 2.0/3, 2.5)
	fmt.Printf("[%03c][%05v][%05v]\n", 'x', []int{1, -2}, "s")
}

// Output:
// [-003.142][-0000042][+0000042][-42     ][ 0000042]
// [-00000ff][-0x00000ff][000000FF][-0000101]
// [-01.23e+03][+00.000123][-0000007.5]
// [000ab][0"ab"][0true]
// [000.67][0.67  ][     2]
// [00x][[00001 -0002]][0000s]
