#include "runtime/base.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace gomini::rt {

void fatal(const char* msg, const char* detail) {
    std::fflush(stdout);
    if (detail) std::fprintf(stderr, "runtime: %s\n", detail);
    std::fprintf(stderr, "fatal error: %s\n", msg);
    std::fflush(stderr);
    _exit(2);
}

void assertFailed(const char* file, int line, const char* cond, const char* fmt, ...) {
    std::fflush(stdout);
    std::fprintf(stderr, "runtime: %s:%d: assertion failed: %s: ", file, line, cond);
    va_list ap;
    va_start(ap, fmt);
    std::vfprintf(stderr, fmt, ap);
    va_end(ap);
    std::fprintf(stderr, "\nfatal error: %s\n", cond);
    std::fflush(stderr);
    _exit(2);
}

}  // namespace gomini::rt
