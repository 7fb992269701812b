// Package sync provides basic synchronization primitives such as mutual
// exclusion locks.
//
// gomini: the blocking primitives (Mutex, RWMutex, WaitGroup, Cond) are
// native for now, with Go's field layout so that they can later be written
// in Go over runtime semaphores as Go does; Once, OnceFunc, Map, Pool and
// RWMutex.RLocker are Go. Map is a mutex-protected map (not Go's
// read/dirty design yet); Pool keeps a plain free list.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy may be embedded into structs which must not be copied after the
// first use.
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
type Mutex struct {
	state int32  // locked, woken and starving bits, then the waiter count
	sema  uint32 // runtime semaphore the waiters sleep on
}

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error ("fatal error: sync: unlock of
// unlocked mutex") if m is not locked on entry to Unlock. A locked Mutex
// is not associated with a particular goroutine.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held
// by an arbitrary number of readers or a single writer. The zero value for
// a RWMutex is an unlocked mutex. If any goroutine calls Lock while the
// lock is already held by one or more readers, concurrent calls to RLock
// will block until the writer has acquired (and released) the lock.
type RWMutex struct {
	w           Mutex        // held if there are pending writers
	writerSem   uint32       // semaphore for writers to wait for completing readers
	readerSem   uint32       // semaphore for readers to wait for completing writers
	readerCount atomic.Int32 // number of pending readers
	readerWait  atomic.Int32 // number of departing readers
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call; it does not affect other
// simultaneous readers. It is a run-time error if rw is not locked for
// reading on entry to RUnlock.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing. If the lock is already locked for reading or
// writing, Lock blocks until the lock is available.
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. It is a run-time error if rw is not
// locked for writing on entry to Unlock.
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. The main
// goroutine calls Add to set the number of goroutines to wait for. Then
// each of the goroutines runs and calls Done when finished. At the same
// time, Wait can be used to block until all goroutines have finished.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64 // high 32 bits are counter, low 32 bits are waiter count
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If
// the counter goes negative, Add panics ("sync: negative WaitGroup counter").
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. Each Cond has an
// associated Locker L (often a *Mutex or *RWMutex), which must be held when
// changing the condition and when calling the Wait method.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// notifyList is the runtime's ticket-based wait list (Go's
// runtime.notifyList): wait is the next ticket, notify the next to wake.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait()

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal()

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast()
