// Flag combinations: + - # 0 space on various verbs and types.
package main

import "fmt"

func main() {
	fmt.Printf("[%+v][%+d][%+s][%+q]\n", -1, 5, "s", "é")
	fmt.Printf("[%-8v][%8v][%08v][%-08v]\n", 3.5, 3.5, 3.5, 3.5)
	fmt.Printf("[%#v][%#v][%#v]\n", []byte{1, 2}, map[string]bool{}, [2]string{"a"})
	fmt.Printf("[% d][% x][% X][% q]\n", 5, []byte{1, 171}, "hi", "hi")
	fmt.Printf("[%06.2f][%-06.2f][%+06.1f][% 06.1f]\n", 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%6v][%-6v][%06v]\n", []int{1, 2}, []int{1, 2}, []int{1, 2})
	fmt.Printf("[%5v][%-5v][%05d]\n", true, nil, -3)
	fmt.Printf("[%+.1e][%+.1E][%#.1x]\n", 12345.678, -0.00012, 15.0)
	fmt.Printf("[%10v][%-10v]\n", struct{ A int }{1}, map[int]int{1: 2})
	fmt.Printf("[%x][%X][% x][%#x]\n", -255, "Zz", -255, -255)
	fmt.Printf("[%08.3d][%+08d][%-+8d]\n", -7, 7, 7)
	fmt.Printf("[%3c][%-3c][%03c]\n", 'a', 'b', 'c')
	fmt.Printf("[%10.4v][%-10.4v]\n", "abcdefg", 3.14159265)
}

// Output:
// [-1][+5][s]["\u00e9"]
// [3.5     ][     3.5][000003.5][3.5     ]
// [[]byte{0x1, 0x2}][map[string]bool{}][[2]string{"a", ""}]
// [ 5][01 ab][68 69]["hi"]
// [003.14][3.14  ][+003.1][ 003.1]
// [[     1      2]][[1      2     ]][[000001 000002]]
// [ true][<nil>][-0003]
// [+1.2e+04][-1.2E-04][0x1.ep+03]
// [{         1}][map[1         :2         ]]
// [-ff][5A7A][-ff][-0xff]
// [    -007][+0000007][+7      ]
// [  a][b  ][00c]
// [      abcd][3.142     ]
