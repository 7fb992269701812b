// Errorcheck: break/continue labels must name an enclosing for/switch/select (continue: an enclosing for).
package main

import "fmt"

func main() {
	x := 2
block:
	{
		if x > 1 {
			break block // ERROR "invalid break label block"
		}
	}

sw:
	switch x {
	case 2:
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue sw // ERROR "invalid continue label sw"
			}
			if i == 2 {
				break sw // fine
			}
		}
	}

first:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 2; j++ {
		continue first // ERROR "invalid continue label first"
	}

	ch := make(chan int, 1)
	ch <- 1
sel:
	select {
	case v := <-ch:
		if v == 1 {
			break sel // fine
		}
		for {
			continue sel // ERROR "invalid continue label sel"
		}
	}
}
