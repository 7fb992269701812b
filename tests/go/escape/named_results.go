// Named results: their address, and values assigned to them.
package main

func addr() (r int, p *int) { // ERROR "moved to heap: r"
	p = &r
	return
}

func assign(q *int) (out *int) { // ERROR "leaking param: q to result out level=0"
	out = q
	return out
}

func viaLocal() (res []int) {
	buf := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap"
	res = buf[:2]
	return
}

func main() {
	_, p := addr()
	v := 1
	_ = assign(&v)
	println(*p, len(viaLocal()))
}
