// cap of []byte(s) and []rune(s) as gc gives it: a 32-element buffer when the result does not
// escape and fits, the allocation's size class when it escapes, exactly the length for a
// constant string.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), cap(b), len(r), cap(r))
	c := []byte(s)
	fmt.Println(c, cap(c))
	long := []byte("this is a string longer than thirty-two bytes for sure")
	fmt.Println(len(long), cap(long))
	str := string(b)
	fmt.Println(str)
	big := []rune("ünïcödé and more than thirty-two runes in this one")
	fmt.Println(len(big), cap(big))
	esc := []rune(s)
	fmt.Println(esc, len(esc), cap(esc))
	k := []byte("exact")
	fmt.Println(k, cap(k))
	var e string
	eb := []byte(e)
	fmt.Println(eb == nil, len(eb), cap(eb))
	ek := []byte("")
	fmt.Println(ek == nil, len(ek), cap(ek))
	for i := 0; i < 2; i++ {
		t := []byte(s[:i+1])
		t[0] = 'X'
		fmt.Println(string(t), cap(t))
	}
	fmt.Println(s)
}

// Output:
// 5 32 5 32
// [104 101 108 108 111] 8
// 54 54
// hello
// 50 50
// [104 101 108 108 111] 5 6
// [101 120 97 99 116] 5
// false 0 32
// false 0 0
// X 32
// Xe 32
// hello
