// fuzz_frontend.cpp — libFuzzer target: arbitrary bytes through the lexer,
// parser, AST builder and type checker (with the real stdlib packages).
// Seed it with valid programs (tests/go/ok, samples) so that the mutations
// explore near-valid Go. The only acceptable outcomes are "accepted" and
// "diagnostics reported": a crash, hang, or sanitizer report is a bug.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DGOMINI_FUZZ=ON -DGOMINI_SANITIZE=address
//   ninja -C build-fuzz fuzz_frontend
//   mkdir -p /tmp/corpus && cp tests/go/ok/*.go tests/go/errors/*.go samples/*.go /tmp/corpus/
//   build-fuzz/fuzz_frontend -max_total_time=600 -timeout=10 -rss_limit_mb=4096 /tmp/corpus
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend/driver.h"
#include "cli/stdlib_source.h"
#include "stdlib/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024) return 0;  // keep each run short; size is not what we are testing
    gomini::frontend::DriverOptions opts;
    gomini::frontend::Driver d(gomini::cli::stdlibPackage, opts);
    d.checkFile("fuzz.go", std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
