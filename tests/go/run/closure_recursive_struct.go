// Closures stored in struct fields and maps, recursive closures, and closures returning closures.
package main

import "fmt"

type Machine struct {
	state   string
	actions map[string]func()
}

func newMachine() *Machine {
	m := &Machine{state: "idle"}
	m.actions = map[string]func(){
		"start": func() { m.state = "running" },
		"stop":  func() { m.state = "stopped" },
	}
	return m
}

type Op struct {
	Name string
	Fn   func(float64) float64
}

func main() {
	m := newMachine()
	fmt.Println(m.state)
	m.actions["start"]()
	fmt.Println(m.state)
	m.actions["stop"]()
	fmt.Println(m.state)
	ops := []Op{{"half", func(x float64) float64 { return x / 2 }}, {"neg", func(x float64) float64 { return -x }}}
	v := 10.0
	for _, op := range ops {
		v = op.Fn(v)
		fmt.Println(op.Name, v)
	}
	var walk func(n int) []int
	walk = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(walk(n-1), n)
	}
	fmt.Println(walk(5))
	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3))
}

// Output:
// idle
// running
// stopped
// half 5
// neg -5
// [1 2 3 4 5]
// 123
