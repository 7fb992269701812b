// Package runtime contains operations that interact with Go's runtime
// system, such as functions to control goroutines.
//
// gomini: the scheduler and collector are gomini's own (G/M/P, concurrent
// mark-sweep); these functions are natives into them. The error types the
// interpreter panics with (runtime.Error values) are declared here in Go.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors: a type is a run time
	// error if it has a RuntimeError method.
	RuntimeError()
}

// errorString is a runtime error with a fixed message, such as "integer
// divide by zero" or "index out of range [5] with length 3"; it prints
// with the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a runtime error without the prefix, such as "close of
// closed channel" or "send on closed channel".
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	iface         string // static type of the operand; "" prints as "interface"
	concrete      string // dynamic type of the operand; "" if it was nil
	asserted      string // the type asserted to
	missingMethod string // one method needed by the interface, if asserted is one
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != "" {
		inter = e.iface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
		if e.concrete == e.asserted {
			// Two distinct types with the same name (local types).
			msg += " (types from different scopes)"
		}
		return msg
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted +
		": missing method " + e.missingMethod
}

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCgoCall returns the number of cgo calls made by the current process:
// always 0 in gomini.
func NumCgoCall() int64 {
	return 0
}

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the
// goroutine. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning; the program crashes if all other
// goroutines exit ("no goroutines (main called runtime.Goexit) - deadlock!").
func Goexit()

// GC runs a garbage collection and blocks the caller until the garbage
// collection is complete.
func GC()

// KeepAlive marks its argument as currently reachable. This ensures that
// the object is not freed, and its finalizer is not run, before the point
// in the program where KeepAlive is called.
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function, run in a separate goroutine once obj becomes
// unreachable. finalizer may be nil to clear it.
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the calling goroutine to its current operating system
// thread until it calls UnlockOSThread as many times.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats stack traces of all other goroutines into buf after the trace
// for the current goroutine.
func Stack(buf []byte, all bool) int

// Version returns the Go version string of the language gomini implements,
// with gomini's own version ("go1.22 gomini-...").
func Version() string

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	// General statistics.

	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // cumulative bytes allocated for heap objects
	Sys        uint64 // total bytes of memory obtained from the OS
	Lookups    uint64 // number of pointer lookups performed by the runtime
	Mallocs    uint64 // cumulative count of heap objects allocated
	Frees      uint64 // cumulative count of heap objects freed

	// Heap memory statistics.

	HeapAlloc    uint64 // bytes of allocated heap objects
	HeapSys      uint64 // bytes of heap memory obtained from the OS
	HeapIdle     uint64 // bytes in idle (unused) spans
	HeapInuse    uint64 // bytes in in-use spans
	HeapReleased uint64 // bytes of physical memory returned to the OS
	HeapObjects  uint64 // number of allocated heap objects

	// Stack memory statistics.

	StackInuse uint64 // bytes in stack spans
	StackSys   uint64 // bytes of stack memory obtained from the OS

	// Off-heap memory statistics.

	MSpanInuse  uint64 // bytes of allocated mspan structures
	MSpanSys    uint64 // bytes of memory obtained from the OS for mspan structures
	MCacheInuse uint64 // bytes of allocated mcache structures
	MCacheSys   uint64 // bytes of memory obtained from the OS for mcache structures
	BuckHashSys uint64 // bytes of memory in profiling bucket hash tables
	GCSys       uint64 // bytes of memory in garbage collection metadata
	OtherSys    uint64 // bytes of memory in miscellaneous off-heap runtime allocations

	// Garbage collector statistics.

	NextGC        uint64      // target heap size of the next GC cycle
	LastGC        uint64      // time the last garbage collection finished, as nanoseconds since 1970
	PauseTotalNs  uint64      // cumulative nanoseconds in GC stop-the-world pauses
	PauseNs       [256]uint64 // circular buffer of recent GC stop-the-world pause times in nanoseconds
	PauseEnd      [256]uint64 // circular buffer of recent GC pause end times, as nanoseconds since 1970
	NumGC         uint32      // number of completed GC cycles
	NumForcedGC   uint32      // number of GC cycles that were forced by the application calling GC
	GCCPUFraction float64     // fraction of CPU time used by the GC since the program started
	EnableGC      bool        // always true
	DebugGC       bool        // currently unused

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		// Size is the maximum byte size of an object in this size class.
		Size uint32

		// Mallocs is the cumulative count of heap objects allocated in
		// this size class.
		Mallocs uint64

		// Frees is the cumulative count of heap objects freed in this
		// size class.
		Frees uint64
	}
}

// ReadMemStats populates m with memory allocator statistics. The returned
// memory allocator statistics are up to date as of the call to
// ReadMemStats.
func ReadMemStats(m *MemStats)
