// debug.h — GODEBUG, GOGC and GOMAXPROCS, read once at start (the twin of
// Go's runtime1.go parsedebugvars).
//
// GODEBUG is a comma-separated list of name=value pairs; unknown names are
// ignored and a malformed value leaves the default, as in Go. The knobs:
//   gctrace=1         one line per collection in Go's gctrace format
//   gcstress=1        collect at (nearly) every allocation (tests)
//   gcstoptheworld=1  run the collector stop-the-world (separates barrier bugs from algorithm bugs)
//   gccheckmark=1     re-mark stop-the-world and verify the concurrent mark
//   schedtrace=MS     a scheduler summary line every MS milliseconds
//   scheddetail=1     with schedtrace: per-P/M/G detail
//   vmtrace=1         trace every VM instruction
// GOGC is a percentage (default 100) or "off" (-1). GOMAXPROCS is a positive
// integer; otherwise the number of CPUs.
#pragma once

#include <cstdint>
#include <string_view>

namespace gomini::rt {

struct DebugVars {
    int32_t gctrace = 0;
    int32_t gcstress = 0;
    int32_t gcstoptheworld = 0;
    int32_t gccheckmark = 0;
    int32_t schedtrace = 0;
    int32_t scheddetail = 0;
    int32_t vmtrace = 0;
};

struct Settings {
    DebugVars debug;
    int32_t gcPercent = 100;  // -1 means off
    int32_t gomaxprocs = 1;
};

// Parses the three variables' values (null or empty = unset). ncpu is the
// default for GOMAXPROCS.
Settings parseSettings(const char* godebug, const char* gogc, const char* gomaxprocs, int32_t ncpu);

// The process-wide settings, parsed from the environment on first use.
const Settings& settings();

}  // namespace gomini::rt
