// Errorcheck: method expressions T.M need M in the method set of T; pointer methods need (*T).M.
package main

import "fmt"

type Buffer struct{ data []byte }

func (b *Buffer) Write(p []byte) { b.data = append(b.data, p...) }
func (b Buffer) Len() int        { return len(b.data) }

func main() {
	lenFn := Buffer.Len      // fine
	ptrLen := (*Buffer).Len  // fine: value methods are in *T's method set too
	write := (*Buffer).Write // fine
	bad := Buffer.Write      // ERROR "invalid method expression Buffer\.Write \(needs pointer receiver \(\*Buffer\)\.Write\)|cannot call pointer method Write on Buffer"
	missing := Buffer.Reset  // ERROR "Buffer\.Reset undefined \(type Buffer has no field or method Reset\)"
	var b Buffer
	write(&b, []byte("x"))
	fmt.Println(lenFn(b), ptrLen(&b), bad, missing)
	fmt.Println(lenFn(&b)) // ERROR "cannot use &b \(value of type \*Buffer\) as Buffer value in argument to lenFn"
}
