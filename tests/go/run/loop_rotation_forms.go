// Counted loops in every shape the compiler rotates and fuses (increment-and-test at the
// bottom): up and down counters, register and constant bounds, steps held in variables,
// bounds and counters changed inside the body, continue/break/labels, narrow counters
// (never fused: they wrap), conditions that are not simple (compiled once, at the bottom),
// and range loops over slices, arrays, strings, integers-as-len and maps.
package main

import "fmt"

var calls int

func limit(n int) int {
	calls++
	return n
}

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	fmt.Println("up <", s)
	s = 0
	for i := 0; i <= 10; i += 3 {
		s = s*10 + i
	}
	fmt.Println("up <= step 3", s)
	s = 0
	for i := 10; i > 0; i-- {
		s = s*2 + i%2
	}
	fmt.Println("down >", s)
	s = 0
	for i := 10; i >= 0; i -= 4 {
		s = s*100 + i
	}
	fmt.Println("down >= step 4", s)
	n, lo := 7, 2
	s = 0
	for i := n; i > lo; i-- {
		s += i
	}
	fmt.Println("down > reg", s)
	s = 0
	for i := n; i >= lo; i-- {
		s += i
	}
	fmt.Println("down >= reg", s)
	// a step in a variable (the sieve's j += i)
	primes := 0
	comp := make([]bool, 101)
	for i := 2; i <= 100; i++ {
		if !comp[i] {
			primes++
			for j := i * i; j <= 100; j += i {
				comp[j] = true
			}
		}
	}
	fmt.Println("primes <= 100:", primes)
	// the bound changes inside the body
	m := 5
	iters := 0
	for i := 0; i < m; i++ {
		if i == 2 {
			m = 8
		}
		iters++
	}
	fmt.Println("moving bound", iters, m)
	// the counter changes inside the body
	var seen []int
	for i := 0; i < 20; i++ {
		seen = append(seen, i)
		i += i
	}
	fmt.Println("counter in body", seen)
	// never entered: the test at the top
	for i := 5; i < 5; i++ {
		fmt.Println("unreachable")
	}
	for i := 0; i > 0; i-- {
		fmt.Println("unreachable")
	}
	// continue and break, labelled
	out := []string{}
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			if (i+j)%2 == 0 {
				continue
			}
			out = append(out, fmt.Sprint(i, j))
		}
	}
	fmt.Println("labels", out)
	// the counter after the loop
	k := 0
	for k = 3; k < 100; k *= 3 {
	}
	fmt.Println("k after", k)
	j := 0
	for j = 0; j < 7; j++ {
	}
	fmt.Println("j after", j)
	// narrow counters wrap and are compared at their width
	var b int8
	count := 0
	for b = 120; b > 0; b++ {
		count++
	}
	fmt.Println("int8 wraps", b, count)
	var u uint8
	count = 0
	for u = 250; u != 4; u++ {
		count++
	}
	fmt.Println("uint8 wraps", u, count)
	var w uint = 3
	total := uint(0)
	for ; w > 0; w-- {
		total += w
	}
	fmt.Println("uint down", w, total)
	// a condition that is not simple: evaluated once per iteration, at the bottom
	calls = 0
	s = 0
	for i := 0; i < limit(4); i++ {
		s += i
	}
	fmt.Println("call in condition", s, calls)
	// compound conditions
	x, y := 0, 10
	for x < 5 && y > 6 {
		x++
		y--
	}
	fmt.Println("&&", x, y)
	for x = 0; !(x >= 3) || x == 4; x++ {
	}
	fmt.Println("! and ||", x)
	// range forms
	sl := []int{5, 6, 7}
	s = 0
	for i, v := range sl {
		s += i * v
	}
	fmt.Println("range slice", s)
	arr := [4]string{"a", "b", "c", "d"}
	str := ""
	for i := range arr {
		str += arr[len(arr)-1-i]
	}
	fmt.Println("range array", str)
	for i, r := range "héllo" {
		fmt.Print(" ", i, ":", string(r))
	}
	fmt.Println()
	var empty []int
	for range empty {
		fmt.Println("unreachable")
	}
	count = 0
	for range sl {
		sl = append(sl, 0) // the range expression was evaluated once
		count++
	}
	fmt.Println("range evaluates once", count, len(sl))
	mp := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for _, v := range mp {
		sum += v
	}
	fmt.Println("range map", sum)
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("unreachable")
	}
	// break out of a range and of a rotated loop, then fall through
	idx := -1
	for i, v := range sl {
		if v == 7 {
			idx = i
			break
		}
	}
	fmt.Println("found", idx)
}

// Output:
// up < 45
// up <= step 3 369
// down > 341
// down >= step 4 100602
// down > reg 25
// down >= reg 27
// primes <= 100: 25
// moving bound 8 8
// counter in body [0 1 3 7 15]
// labels [1 0 2 1 3 0 3 2]
// k after 243
// j after 7
// int8 wraps -128 8
// uint8 wraps 4 10
// uint down 0 6
// call in condition 6 5
// && 4 6
// ! and || 3
// range slice 20
// range array dcba
//  0:h 1:é 3:l 4:l 5:o
// range evaluates once 3 6
// range map 6
// found 2
