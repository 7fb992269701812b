// Errorcheck: break and continue outside any loop (continue also outside a switch-only context).
package main

import "fmt"

func check(n int) {
	if n > 10 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	fmt.Println(n)
}

func main() {
	switch x := 3; x {
	case 3:
		if x > 2 {
			break // fine: breaks the switch
		}
		continue // ERROR "continue is not in a loop"
	}
	for i := 0; i < 3; i++ {
		func() {
			if i == 1 {
				continue // ERROR "continue is not in a loop"
			}
		}()
	}
	check(1)
	continue // ERROR "continue is not in a loop"
}
