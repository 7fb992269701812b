// Package debug contains facilities for programs to debug themselves while
// they are running.
//
// gomini: natives into the runtime, except Stack and PrintStack (Go over
// runtime.Stack). Not provided: ReadGCStats, BuildInfo,
// SetPanicOnFault, WriteHeapDump.
package debug

import (
	"os"
	"runtime"
)

// SetGCPercent sets the garbage collection target percentage: a collection
// is triggered when the ratio of freshly allocated data to live data
// remaining after the previous collection reaches this percentage.
// SetGCPercent returns the previous setting. The initial setting is the
// value of the GOGC environment variable at startup, or 100 if the
// variable is not set. A negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns
// the previously set limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting. A goroutine
// exceeding it makes the program crash.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that
// the program can use and returns the previous setting.
func SetMaxThreads(threads int) int

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic or an
// internal runtime error ("none", "single", "all", "system", "crash").
func SetTraceback(level string)

// Stack returns a formatted stack trace of the goroutine that calls it,
// as runtime.Stack formats it, growing the buffer until it fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}
