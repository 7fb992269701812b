// Once and OnceFunc.

package sync

import "sync/atomic"

// Once is an object that will perform exactly one action. A Once must not
// be copied after first use.
type Once struct {
	done atomic.Uint32 // set once f has returned (or panicked)
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. No call to Do returns until the one call
// to f returns; if f panics, Do considers it to have returned.
func (o *Once) Do(f func()) {
	// Fast path: done is set only after f has returned, so a caller that
	// sees it set also sees f's effects.
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned
// function may be called concurrently. If f panics, the returned function
// will panic with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once   Once
		ok     bool // f returned normally
		thrown any
	)
	call := func() {
		defer func() {
			thrown = recover()
			if !ok {
				// Re-panic now, so that the first caller sees the panic
				// with f's frames.
				panic(thrown)
			}
		}()
		f()
		f = nil // let it be collected
		ok = true
	}
	return func() {
		once.Do(call)
		if !ok {
			panic(thrown)
		}
	}
}
