// Defer in loops via helper functions; deferred method values; defer with recover per item.
package main

import "fmt"

type Res struct{ id int }

func open(id int) *Res {
	fmt.Println("open", id)
	return &Res{id}
}

func (r *Res) Close() { fmt.Println("close", r.id) }

func process(id int) (err error) {
	r := open(id)
	defer r.Close()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("item %d: %v", id, p)
		}
	}()
	if id == 2 {
		panic("bad item")
	}
	fmt.Println("use", id)
	return nil
}

func main() {
	for i := 1; i <= 3; i++ {
		if err := process(i); err != nil {
			fmt.Println("error:", err)
		}
	}
}

// Output:
// open 1
// use 1
// close 1
// open 2
// close 2
// error: item 2: bad item
// open 3
// use 3
// close 3
