// time.Duration as an integer type with named constants; arithmetic and conversions without sleeping.
package main

import (
	"fmt"
	"time"
)

type Timeout struct {
	Name string
	D    time.Duration
}

func total(ts []Timeout) time.Duration {
	var sum time.Duration
	for _, t := range ts {
		sum += t.D
	}
	return sum
}

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(int64(d), int64(d/time.Millisecond))
	ts := []Timeout{{"a", 10 * time.Millisecond}, {"b", 250 * time.Millisecond}}
	t := total(ts)
	fmt.Println(int64(t / time.Millisecond))
	fmt.Printf("%T\n", t)
	var ms int64 = 42
	d2 := time.Duration(ms) * time.Millisecond
	fmt.Println(d2 > 40*time.Millisecond, d2 < time.Duration(1e8))
	half := d / 2
	fmt.Println(int64(half) == int64(750*time.Millisecond))
}

// Output:
// 1500000000 1500
// 260
// time.Duration
// true true
// true
