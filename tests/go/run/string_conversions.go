// Conversions between string, []byte and []rune; int to string yields the rune's UTF-8.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)) == "\ufffd")
	var x int32 = 0x1F600
	fmt.Println(string(x), []byte(string(x)))
	fmt.Printf("%q %v\n", string([]byte{0xff, 'a'}), []rune(string([]byte{0xff, 'a'})))
	fmt.Println(string([]rune{}), len(string([]byte(nil))))
	type MyBytes []byte
	mb := MyBytes("abc")
	fmt.Println(mb, string(mb))
	type MyString string
	ms := MyString("xyz")
	fmt.Println([]byte(ms), string(ms[1]))
}

// Output:
// 14 14 9
// [104 195 169 108]
// [104 233 108 108 111 44 32 19990 30028]
// Héllo, 世界 héllo, 世界
// héllo, 地界
// A 世 � true
// 😀 [240 159 152 128]
// "\xffa" [65533 97]
//  0
// [97 98 99] abc
// [120 121 122] y
