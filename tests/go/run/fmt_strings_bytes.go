// String verbs %s %q %x %X with width/precision, and byte slices.
package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%10.3s][%-10.3s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%x][%X][% x][%#x][% #x]\n", "héllo\n", "héllo", "back`tick", s, s, s, s, s)
	fmt.Printf("[%q][%#q]\n", "tab\there", "no`ok")
	b := []byte("bytes")
	fmt.Printf("[%s][%q][%x][%X][%v][% x]\n", b, b, b, b, b, b)
	fmt.Printf("[%s][%v][%q]\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("[%5s][%-5s][%05s]\n", "世界", "世界", "ab")
	fmt.Printf("[%.1s][%.3q][%.5x]\n", "世界", "abcdef", "abcdef")
	fmt.Printf("[%s][%q]\n", "", "")
	fmt.Printf("%q\n", "\x00\x7f\u00e9\u2028\U0001F600 \\ \"")
	fmt.Printf("%+q\n", "\u00e9\U0001F600")
	fmt.Printf("%x\n", "")
	fmt.Printf("%s %s\n", [2]byte{65, 66}, [2]string{"x", "y"})
	type Name string
	fmt.Printf("%s %q %v %x\n", Name("n"), Name("n"), Name("n"), Name("n"))
}

// Output:
// [hello][     hello][hello     ][he][       hel][hel       ]
// ["héllo\n"]["h\u00e9llo"]["back`tick"][68656c6c6f][68656C6C6F][68 65 6c 6c 6f][0x68656c6c6f][0x68 0x65 0x6c 0x6c 0x6f]
// ["tab\there"]["no`ok"]
// [bytes]["bytes"][6279746573][6279746573][[98 121 116 101 115]][62 79 74 65 73]
// [[a b]][[a b]][["a" "b"]]
// [   世界][世界   ][000ab]
// [世]["abc"][6162636465]
// [][""]
// "\x00\x7fé\u2028😀 \\ \""
// "\u00e9\U0001f600"
//
// AB [x y]
// n "n" n 6e
