// panic.h — run-time errors raised from C++ (maps, natives, type algorithms).
//
// C++ code below the dispatch loop raises a Go panic by throwing one of
// these; the dispatch loop catches it at the instruction that called into
// C++ and starts Go's panic sequence there (running defers, recover, the
// "panic: ..." report), exactly as if the instruction itself had panicked.
// Nothing else is ever thrown through VM frames.
#pragma once

#include <string>

#include "vm/rtype.h"

namespace gomini::vm {

struct RuntimePanic {
    enum class Kind {
        runtimeError,  // a runtime.Error: message without "runtime error: " ("index out of range [5] with length 3")
        plainError,    // runtime.plainError-like string panics raised by the runtime itself
        boundsError,   // runtime.boundsError: index/slice out of range, short slice-to-array conversion
        value,         // panic(v) with an arbitrary interface value (natives' ctx.panicValue)
    };
    Kind kind = Kind::runtimeError;
    std::string msg;
    Iface value{nullptr, nullptr};
};

[[noreturn]] inline void throwRuntimeError(std::string msg) {
    throw RuntimePanic{RuntimePanic::Kind::runtimeError, std::move(msg), {nullptr, nullptr}};
}

// runtime.Goexit: the calling goroutine runs all its deferred calls (recover()
// returns nil in them) and ends; for the main goroutine, with no other
// goroutine left, that is Go's "no goroutines (main called runtime.Goexit)"
// fatal error. Thrown by the native, started by the VM like a panic.
struct GoExit {};

// A fatal error that cannot be recovered ("fatal error: concurrent map writes",
// "fatal error: all goroutines are asleep - deadlock!"): print and exit 2.
// Declared here, implemented by the VM (it adds the goroutine dump).
[[noreturn]] void throwFatal(const std::string& msg);

}  // namespace gomini::vm
