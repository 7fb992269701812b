// native.h — how C++ implements a Go function declared without a body.
//
// A stdlib function declared without a body (`func IndexByte(s string, c byte) int`)
// is bound at load time, by its Go link name, to a C++ function
//     void impl(NativeCtx& ctx, uint64_t* slots);
// Link names are Go's symbol names: "strings.IndexByte", "math.Sqrt",
// "sync.(*Mutex).Lock", "time.Duration.String" (value receivers without
// parentheses). A bodyless function with no registered native is a load
// error naming the function.
//
// Calling convention (the same as a Go-to-Go call in the VM): the receiver
// (if any) and the parameters are laid out in `slots` in order, each value
// taking ceil(size/8) 8-byte slots and holding Go's memory layout of its
// type inside them (vm/rtype.h) — except that every scalar narrower than 8
// bytes is widened to a full slot (signed ints sign-extended, unsigned and
// bool zero-extended, float32 as a `float` in the low 4 bytes). A variadic
// parameter is one slice (3 slots). Results are written the same way
// starting again at slots[0]: a native must read all its parameters before
// writing its results.
//
// Natives run on the goroutine that called them, at a safe point: the
// collector may run during any allocation a native makes (ctx.alloc*) or
// during a Go call it makes back (ctx.call). Pointers the native holds only
// in C++ variables are invisible to the collector; so a native that allocates
// more than once keeps its intermediate data in C++ memory (std::string,
// std::vector) and allocates the Go results last, or keeps earlier
// allocations reachable by storing them into its argument slots
// (`ctx.keepAlive`).
//
// Panics: a native raises a Go panic with ctx.panicValue / ctx.runtimeError
// (they throw a C++ exception the dispatch loop catches; the native's C++
// frames are unwound normally, so RAII holds). A Go panic raised inside
// ctx.call that the Go code does not recover unwinds through the native in
// the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/rtype.h"

namespace gomini::vm {

class NativeCtx;
using NativeFn = void (*)(NativeCtx& ctx, uint64_t* slots);

// Registration: every native table calls this from a static initializer or
// from registerAllNatives() (stdlib/natives.cpp). Re-registering a name is a
// programming error (assertion).
void registerNative(std::string_view linkName, NativeFn fn);
NativeFn lookupNative(std::string_view linkName);

class NativeCtx {
public:
    virtual ~NativeCtx() = default;

    // --- allocation (mallocgc underneath; may run the collector) ---
    // A Go string holding a copy of s (static empty string when s is empty).
    virtual GoString newString(std::string_view s) = 0;
    // A new zeroed object of type t / an array of n elements of t.
    virtual void* alloc(const RType* t) = 0;
    virtual void* allocArray(const RType* elem, int64_t n) = 0;
    // Box a value of type t (size t->size bytes at src) into an interface value
    // of interface type `iface` (nullptr = the empty interface `any`).
    virtual Iface box(const RType* iface, const RType* t, const void* src) = 0;
    // Keep a heap pointer reachable until the native returns (an extra root).
    virtual void keepAlive(void* p) = 0;

    // --- types ---
    // The RType of a predeclared or stdlib type by its %T spelling: "int",
    // "string", "error", "*strconv.NumError". nullptr if the program has no such type.
    virtual const RType* typeByName(std::string_view str) = 0;

    // --- calling Go ---
    // Call a Go function value (a func-typed value: a Closure*) with args laid
    // out as described above; results are written to `results`. Runs a nested
    // dispatch loop on this goroutine's VM stack.
    virtual void call(void* closure, const uint64_t* args, int nargSlots, uint64_t* results, int nresSlots) = 0;
    // Call method `name` of interface value v (must exist in v's dynamic
    // type's method set) with no arguments beyond the receiver; results as above.
    // Returns false (and calls nothing) if the method set has no such method.
    virtual bool callMethod(const Iface& v, std::string_view name, const uint64_t* args, int nargSlots,
                            uint64_t* results, int nresSlots) = 0;

    // Like callMethod, but a Go panic that the method does not recover itself is
    // stopped here, as a deferred recover() in the native would (fmt's
    // catchPanic: "%!v(PANIC=String method: boom)"): returns 1 and stores the
    // panic value in *panicVal; 0 after a normal return; -1 (and calls nothing)
    // if the method set has no such method. The default implementation does
    // not recover (the panic propagates); the VM overrides it.
    virtual int callMethodRecover(const Iface& v, std::string_view name, const uint64_t* args, int nargSlots,
                                  uint64_t* results, int nresSlots, Iface* panicVal) {
        (void)panicVal;
        return callMethod(v, name, args, nargSlots, results, nresSlots) ? 0 : -1;
    }

    // --- panics (do not return) ---
    // panic(v) with an arbitrary interface value.
    [[noreturn]] virtual void panicValue(const Iface& v) = 0;
    // A runtime.Error panic: msg without the "runtime error: " prefix
    // ("index out of range [5] with length 3").
    [[noreturn]] virtual void runtimeError(std::string_view msg) = 0;
    // A panic with a plain error string (runtime.plainError / errorString as Go uses it).
    [[noreturn]] virtual void panicString(std::string_view msg) = 0;

    // --- process ---
    // os.Exit: flush and exit immediately, running no defers.
    [[noreturn]] virtual void exit(int code) = 0;
    // Program arguments (os.Args): argv[0] is the program path.
    virtual const std::vector<std::string>& args() = 0;

    // --- the calling goroutine's stack (runtime.Caller, runtime.Stack) ---
    // Frame `skip` of the Go code that called the native (0: the caller itself): a program
    // counter identifying the call site, the absolute source file and line. False past the stack.
    virtual bool callerFrame(int skip, uint64_t* pc, std::string* file, int* line) {
        (void)skip, (void)pc, (void)file, (void)line;
        return false;
    }
    // The goroutine's traceback as the fatal report prints it, from the native's caller down.
    virtual std::string stackTrace() { return "goroutine 1 [running]:\n"; }
};

}  // namespace gomini::vm
