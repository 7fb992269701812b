// A label that a later goto jumps back to starts a loop (gc's "looping label"): what follows it is
// one loop level deeper, so a deferred closure there escapes and moves what it captures to the heap;
// a label only jumped to forward does not.
package main

func looping() {
	i := 0
L:
	i++
	if i < 3 {
		goto L
	}
	s := "x" // ERROR "moved to heap: s"
	defer func() { println(s) }() // ERROR "func literal escapes to heap"
	s = "y"
}

func forward(b bool) {
	if b {
		goto M
	}
	println("skipped")
M:
	t := "x"
	defer func() { println(t) }() // ERROR "func literal does not escape"
	t = "y"
}

func main() {
	looping()
	forward(true)
}
