// errors.As, pointer-receiver methods on a local, recover in a deferred closure, goroutines and channels.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) } // ERROR "e does not escape" "\.\.\. argument does not escape" "e\.code escapes to heap"

func fail(c int) error {
	if c > 0 {
		return &MyErr{c} // ERROR "&MyErr\{\.\.\.\} escapes to heap"
	}
	return nil
}

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) } // ERROR "leaking param content: s"
func (s *stack) pop() int { // ERROR "s does not escape"
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*stack\)\.pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]"
	return v
}

func run() (err error) {
	defer func() { // ERROR "func literal does not escape"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "\.\.\. argument does not escape"
		}
	}()
	panic("boom") // ERROR "\"boom\" escapes to heap"
}

func main() {
	err := fail(2)
	var me *MyErr // ERROR "moved to heap: me"
	if errors.As(err, &me) {
		fmt.Fprintln(os.Stderr, me.code) // ERROR "\.\.\. argument does not escape" "me\.code escapes to heap"
	}
	var st stack
	st.push(1)
	st.push(2)
	fmt.Println(st.pop(), run()) // ERROR "\.\.\. argument does not escape" "\(\*stack\)\.pop\(st\) escapes to heap"
	ch := make(chan int)
	done := make(chan struct{})
	go func() { // ERROR "func literal escapes to heap"
		for v := range ch {
			_ = v
		}
		close(done)
	}()
	ch <- 1
	close(ch)
	<-done
	select {
	case v := <-ch:
		_ = v
	default:
	}
}
