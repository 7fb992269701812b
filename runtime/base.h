// base.h — the runtime's assertion and fatal-error vocabulary.
//
// Go's runtime has two ways to die: throw("...") for an internal invariant
// that broke (a gomini bug), and fatal("...") for an unrecoverable user error
// (deadlock, out of memory, stack exhaustion). Both print
// "fatal error: MSG" to stderr and exit with status 2, as Go does; throw
// prints "runtime: " detail lines first when given.
//
// GM_ASSERT(cond, fmt, ...) states an invariant and says what broke:
//   GM_ASSERT(s->allocCount <= s->nelems, "span %p: allocCount %u > nelems %u", s, s->allocCount, s->nelems);
// It is always on: the runtime's invariants are cheap to check compared with
// what a silent corruption costs.
#pragma once

#include <cstdarg>

namespace gomini::rt {

// Prints "fatal error: msg" (plus "runtime: " + detail when detail is non-null)
// and exits with status 2. Never returns.
[[noreturn]] void fatal(const char* msg, const char* detail = nullptr);

// An invariant broke: prints "runtime: FILE:LINE: assertion failed: COND: <formatted detail>"
// then "fatal error: <cond>" and exits with status 2.
[[noreturn]] void assertFailed(const char* file, int line, const char* cond, const char* fmt, ...)
    __attribute__((format(printf, 4, 5)));

}  // namespace gomini::rt

#define GM_ASSERT(cond, ...) \
    do { \
        if (__builtin_expect(!(cond), 0)) ::gomini::rt::assertFailed(__FILE__, __LINE__, #cond, __VA_ARGS__); \
    } while (0)

#define GM_UNREACHABLE(...) ::gomini::rt::assertFailed(__FILE__, __LINE__, "unreachable", __VA_ARGS__)
