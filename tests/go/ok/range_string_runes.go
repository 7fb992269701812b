// range over a string iterates by rune with byte offsets; multibyte characters and invalid UTF-8.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Printf("%d:%c(%d);", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s))

	count := 0
	for range s {
		count++
	}
	fmt.Println(count)

	for i := range "ab€" {
		fmt.Print(i, ";")
	}
	fmt.Println()

	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}

	for i := 0; i < len("€"); i++ {
		fmt.Printf("%x;", "€"[i])
	}
	fmt.Println()

	runes := []rune(s)
	fmt.Println(len(runes), string(runes[7:9]))
	bytes := []byte("hé")
	fmt.Println(bytes)

	emoji := "😀x"
	for i, r := range emoji {
		fmt.Printf("%d %U\n", i, r)
	}
}

// Output:
// 0:h(104);1:é(233);3:l(108);4:l(108);5:o(111);6:,(44);7: (32);8:世(19990);11:界(30028);14:!(33);
// 15
// 10
// 0;1;2;
// 0 97 false
// 1 65533 true
// 2 98 false
// e2;82;ac;
// 10 世界
// [104 195 169]
// 0 U+1F600
// 4 U+0078
