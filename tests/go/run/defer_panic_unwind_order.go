// While a panic unwinds, each frame's deferred calls run innermost frame first, LIFO within a frame.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer 1")
	defer fmt.Println("level3 defer 2")
	panic("from level3")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("level2 after call (not reached)")
}

func level1() {
	defer func() {
		fmt.Println("level1 recovered:", recover())
	}()
	defer fmt.Println("level1 defer before recover")
	level2()
}

func main() {
	level1()
	fmt.Println("main continues")
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(fmt.Sprint("odd ", i))
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}

// Output:
// level3 defer 2
// level3 defer 1
// level2 defer
// level1 defer before recover
// level1 recovered: from level3
// main continues
// iteration 0 ok
// iteration 1 recovered odd 1
// iteration 2 ok
