// gc's self-assignment special cases: b.buf = b.buf[n:] and swaps within one slice.
package main

type Buffer struct {
	buf []byte
	off int
}

func (b *Buffer) Next(n int) []byte { // ERROR "leaking param: b to result ~r0 level=1"
	data := b.buf[:n]
	b.buf = b.buf[n:] // ERROR "\(\*Buffer\)\.Next ignoring self-assignment in b\.buf = b\.buf\[n:\]"
	return data
}

func swap(s []*int, i, j int) { // ERROR "s does not escape"
	s[i], s[j] = s[j], s[i] // ERROR "swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]" "swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]"
}

func main() {
	b := &Buffer{buf: []byte("hello")} // ERROR "&Buffer\{\.\.\.\} does not escape" "\(\[\]byte\)\(\"hello\"\) does not escape"
	println(len(b.Next(2)))
	x, y := 1, 2
	s := []*int{&x, &y} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	swap(s, 0, 1)
	println(*s[0])
}
