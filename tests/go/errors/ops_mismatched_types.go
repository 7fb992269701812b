// Errorcheck: binary operators require operands of identical type (after untyped constant conversion).
package main

import (
	"fmt"
	"time"
)

type Celsius float64

func main() {
	count := 3
	ratio := 0.5
	name := "n"
	var c Celsius = 20
	var i64 int64 = 7
	fmt.Println(count * ratio) // ERROR "invalid operation: count \* ratio \(mismatched types int and float64\)"
	fmt.Println(name + count)  // ERROR "invalid operation: name \+ count \(mismatched types string and int\)"
	fmt.Println(c + ratio)     // ERROR "invalid operation: c \+ ratio \(mismatched types Celsius and float64\)"
	fmt.Println(count + i64)   // ERROR "invalid operation: count \+ i64 \(mismatched types int and int64\)"
	fmt.Println(c*2, i64+1)    // fine: untyped constants
	d := time.Second
	fmt.Println(d * count) // ERROR "invalid operation: d \* count \(mismatched types time\.Duration and int\)"
	fmt.Println(d * 2)     // fine
	fmt.Println(name + 1)  // ERROR "invalid operation: name \+ 1 \(mismatched types string and untyped int\)"
	ok := count > 0
	fmt.Println(ok && count) // ERROR "invalid operation: ok && count \(mismatched types bool and int\)"
	count += ratio           // ERROR "invalid operation: count \+= ratio \(mismatched types int and float64\)"
}
